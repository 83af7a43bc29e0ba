import { ActionForm } from "@/components/forms/action-form";
import { RadioGroup, TextArea } from "@/components/forms/fields";
import { decideReportAction } from "@/lib/reports/actions";

/** Resolve or dismiss an open report; the note goes to the sender when they left an address. */
export function ReportDecisionForm({ id, wantsReply }: { id: string; wantsReply: boolean }) {
  return (
    <section aria-labelledby="decide-heading" className="space-y-4 rounded-card border border-line p-5">
      <h2 id="decide-heading" className="text-2xl font-bold">
        Your decision
      </h2>
      <p>
        {wantsReply
          ? "The person who reported this left an email address: they are emailed your decision and note, and then the address is deleted."
          : "The person who reported this left no email address, so nobody is told. Your note stays here for other moderators."}
      </p>
      <ActionForm action={decideReportAction} submitLabel="Record decision">
        <input type="hidden" name="id" value={id} />
        <RadioGroup
          name="decision"
          label="Resolve or dismiss"
          options={[
            { value: "resolve", label: "Resolved: the report was right, and the listing has been or will be corrected" },
            { value: "dismiss", label: "Dismissed: the listing is right, or the report cannot be checked" },
          ]}
        />
        <TextArea
          name="note"
          label="Note"
          hint="Required when dismissing. Write it for the person who reported this."
          required={false}
          rows={4}
        />
      </ActionForm>
    </section>
  );
}
