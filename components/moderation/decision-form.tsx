import { ActionForm } from "@/components/forms/action-form";
import { RadioGroup, TextArea } from "@/components/forms/fields";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Approve or reject a pending claim or new-facility request. `approveMeans` says what approving
 * does, so the moderator reads the consequence next to the choice.
 */
export function DecisionForm({ id, action, approveMeans }: { id: string; action: Action; approveMeans: string }) {
  return (
    <section aria-labelledby="decide-heading" className="space-y-4 rounded-card border border-line p-5">
      <h2 id="decide-heading" className="text-2xl font-bold">
        Your decision
      </h2>
      <p>The requester is emailed your decision and, if you give one, your reason.</p>
      <ActionForm action={action} submitLabel="Record decision">
        <input type="hidden" name="id" value={id} />
        <RadioGroup
          name="decision"
          label="Approve or reject"
          options={[
            { value: "approve", label: `Approve: ${approveMeans}` },
            { value: "reject", label: "Reject" },
          ]}
        />
        <TextArea name="reason" label="Reason" hint="Required when rejecting; the requester reads it." required={false} rows={4} />
      </ActionForm>
    </section>
  );
}
