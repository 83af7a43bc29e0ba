import type { Metadata } from "next";
import { EditorHeading, loadEditor, NoAccess } from "@/components/disclosures/form/editor-page";
import { StepForm } from "@/components/disclosures/form/step-form";
import { stepValues } from "@/lib/disclosures/form-data";
import { PRACTICE_GROUPS, questionsOf } from "@/lib/disclosures/form-questions";

export const metadata: Metadata = { title: "Facility practices" };

type Props = { params: Promise<{ facilityId: string }> };

export default async function PracticesStep({ params }: Props) {
  const { facilityId } = await params;
  const editor = await loadEditor(facilityId, "/practices");
  if (!editor) return <NoAccess />;
  const values = { ...stepValues(questionsOf(PRACTICE_GROUPS), editor.draft.content.practices), revision: String(editor.draft.revision) };
  return (
    <>
      <EditorHeading facility={editor.facility} title="Facility practices" />
      <p>
        How the facility handles patients&apos; images and reports, whatever AI tools it uses. Answer what you can; where you cannot, say
        whether it is unknown, not applicable, or something you decline to answer — patients see each of these as such.
      </p>
      <StepForm
        facilityId={facilityId}
        step="practices"
        groups={PRACTICE_GROUPS}
        values={values}
        next={`/manage/${facilityId}/disclosure/tools`}
        nextLabel="Save and continue to AI tools"
      />
    </>
  );
}
