import { ActionForm } from "@/components/forms/action-form";
import { TextArea } from "@/components/forms/fields";
import { hideVersionAction } from "@/lib/disclosures/actions-moderation";

/** For moderators: hide a version that is false or abusive, with a reason the public reads. */
export function HideVersionForm({ id, number }: { id: string; number: number }) {
  return (
    <details className="no-print">
      <summary className="cursor-pointer">Hide version {number} (moderators)</summary>
      <ActionForm action={hideVersionAction} submitLabel={`Hide version ${number}`} tone="danger" className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="id" value={id} />
        <TextArea name="reason" label="Public reason" hint="Shown in the history in place of the version." rows={3} />
      </ActionForm>
    </details>
  );
}
