import { ActionForm } from "@/components/forms/action-form";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { Section } from "@/components/ui/section";
import { publishAction } from "@/lib/disclosures/actions";
import { ATTESTATION_STATEMENT } from "@/lib/disclosures/schema";

/** The attestation: who vouches for the answers, in their own name, and the statement they sign. */
export function PublishForm({ facilityId, revision, isUpdate }: { facilityId: string; revision: number; isUpdate: boolean }) {
  return (
    <Section id="publish" title="Publish">
      <p>
        Publishing makes this version public at once and for good: it can be superseded by a later version, never changed. Patients see your
        name and title next to it.
      </p>
      <ActionForm action={publishAction} submitLabel="Publish this disclosure">
        <input type="hidden" name="facilityId" value={facilityId} />
        <input type="hidden" name="revision" value={revision} />
        <TextField name="attesterName" label="Your full name" autoComplete="name" />
        <TextField name="attesterTitle" label="Your job title" autoComplete="organization-title" />
        <CheckboxField name="agree" label={ATTESTATION_STATEMENT} />
        {isUpdate ? (
          <CheckboxField
            name="correction"
            label="This version corrects a mistake in the previous one (rather than reporting a change in practice)."
          />
        ) : null}
      </ActionForm>
    </Section>
  );
}
