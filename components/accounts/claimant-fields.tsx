import { TextArea, TextField } from "@/components/forms/fields";

/** What a moderator needs to check that someone speaks for a facility; shared by claims and proposals. */
export function ClaimantFields() {
  return (
    <>
      <TextField
        name="jobTitle"
        label="Your job title at the facility"
        autoComplete="organization-title"
        hint="For example Privacy Officer or Director of Radiology."
      />
      <TextField
        name="workPhone"
        label="Work phone"
        type="tel"
        autoComplete="tel"
        hint="A moderator may call the facility's switchboard and ask for you at this number or extension."
      />
      <TextArea
        name="evidence"
        label="How can a moderator check that you work there?"
        hint="For example: who can confirm your role, your staff ID page, or a letter on the facility's letterhead you can email on request."
      />
    </>
  );
}
