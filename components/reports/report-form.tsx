import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextArea, TextField } from "@/components/forms/fields";
import { submitReportAction } from "@/lib/reports/actions";
import { HONEYPOT_FIELD, REPORT_TOPICS } from "@/lib/reports/schema";

/**
 * The public report form. `stamp` says when it was shown (signed on the server); the hidden
 * "Leave this empty" field catches bots that fill in every input. People never reach it: it is
 * off screen, hidden from screen readers and skipped by the Tab key.
 */
export function ReportForm({ facilityId, versionNumber, stamp }: { facilityId: string; versionNumber: number | null; stamp: string }) {
  return (
    <ActionForm action={submitReportAction} submitLabel="Send report">
      <input type="hidden" name="facilityId" value={facilityId} />
      <input type="hidden" name="versionNumber" value={versionNumber ?? ""} />
      <input type="hidden" name="stamp" value={stamp} />
      <SelectField name="topic" label="What is wrong?" hint="Choose the part of the page that is not right." options={REPORT_TOPICS} />
      <TextArea
        name="description"
        label="Tell us more"
        hint="What does the page say, and what is true instead? How do you know (for example, what the facility told you)? Please do not include your own health details. Use 10 to 2,000 characters."
        rows={6}
      />
      <TextField
        name="email"
        label="Your email address"
        type="email"
        autoComplete="email"
        required={false}
        hint="Only to reply to you; never shown or shared. We delete it after we reply."
      />
      <div aria-hidden="true" className="sr-only">
        <label htmlFor={HONEYPOT_FIELD}>Leave this empty</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </ActionForm>
  );
}
