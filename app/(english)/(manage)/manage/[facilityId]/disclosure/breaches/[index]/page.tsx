import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorHeading, loadEditor, NoAccess } from "@/components/disclosures/form/editor-page";
import { StepForm } from "@/components/disclosures/form/step-form";
import { entryIndex } from "@/lib/disclosures/entry-index";
import { stepValues } from "@/lib/disclosures/form-data";
import { BREACH_GROUPS, questionsOf } from "@/lib/disclosures/form-questions";

export const metadata: Metadata = { title: "Breach" };

type Props = { params: Promise<{ facilityId: string; index: string }> };

export default async function BreachStep({ params }: Props) {
  const { facilityId, index } = await params;
  const editor = await loadEditor(facilityId, `/breaches/${index}`);
  if (!editor) return <NoAccess />;
  const breaches = Array.isArray(editor.draft.content.breaches) ? editor.draft.content.breaches : [];
  const position = entryIndex(index, breaches.length);
  if (position === null) notFound();
  return (
    <>
      <EditorHeading facility={editor.facility} title={position >= 0 ? "Breach" : "Add a breach"} />
      <StepForm
        facilityId={facilityId}
        step="breach"
        index={position}
        groups={BREACH_GROUPS}
        values={{
          ...stepValues(questionsOf(BREACH_GROUPS), position >= 0 ? breaches[position] : undefined),
          revision: String(editor.draft.revision),
        }}
        next={`/manage/${facilityId}/disclosure/breaches`}
        nextLabel="Save this breach"
      />
    </>
  );
}
