import type { Metadata } from "next";
import Link from "next/link";
import { EditorHeading, loadEditor, NoAccess } from "@/components/disclosures/form/editor-page";
import { EntryList } from "@/components/disclosures/form/entry-list";
import { StepForm } from "@/components/disclosures/form/step-form";
import { buttonClass } from "@/components/ui/button";
import { stepValues } from "@/lib/disclosures/form-data";
import { questionsOf } from "@/lib/disclosures/form-questions";
import { OPTION_LABELS } from "@/lib/disclosures/labels";
import { STEPS } from "@/lib/disclosures/steps";

export const metadata: Metadata = { title: "Breaches" };

type Props = { params: Promise<{ facilityId: string }> };

type StoredBreach = { breachDate?: { value?: string }; type?: { value?: keyof typeof OPTION_LABELS.breachType } };

export default async function BreachesStep({ params }: Props) {
  const { facilityId } = await params;
  const editor = await loadEditor(facilityId, "/breaches");
  if (!editor) return <NoAccess />;
  const base = `/manage/${facilityId}/disclosure`;
  const breaches = (Array.isArray(editor.draft.content.breaches) ? editor.draft.content.breaches : []) as StoredBreach[];
  const groups = STEPS.breaches.groups;
  return (
    <>
      <EditorHeading facility={editor.facility} title="Breaches" />
      <StepForm
        facilityId={facilityId}
        step="breaches"
        groups={groups}
        values={{ ...stepValues(questionsOf(groups), editor.draft.content), revision: String(editor.draft.revision) }}
        next={`${base}/review`}
        nextLabel="Save and continue to review"
      />
      <section aria-labelledby="breach-list" className="flex flex-col gap-4">
        <h2 id="breach-list" className="text-2xl font-bold">
          Reported breaches
        </h2>
        <EntryList
          facilityId={facilityId}
          revision={editor.draft.revision}
          step="breach"
          entries={breaches.map((breach) => ({
            title: `Breach of ${breach.breachDate?.value ?? "unknown date"}`,
            detail: breach.type?.value ? OPTION_LABELS.breachType[breach.type.value] : "",
          }))}
          editBase={`${base}/breaches`}
          empty="No breaches listed."
        />
        <Link href={`${base}/breaches/new`} className={`${buttonClass("secondary")} no-underline`}>
          Add a breach
        </Link>
      </section>
    </>
  );
}
