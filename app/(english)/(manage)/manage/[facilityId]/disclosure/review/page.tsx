import type { Metadata } from "next";
import Link from "next/link";
import { DisclosureDetail } from "@/components/disclosures/disclosure-detail";
import { DisclosureSummary } from "@/components/disclosures/disclosure-summary";
import { EditorHeading, loadEditor, NoAccess } from "@/components/disclosures/form/editor-page";
import { PublishForm } from "@/components/disclosures/form/publish-form";
import { Section } from "@/components/ui/section";
import { locateProblem } from "@/lib/disclosures/problem-location";
import { ATTESTATION_STATEMENT } from "@/lib/disclosures/schema";
import { validateDisclosure } from "@/lib/disclosures/validate";
import { disclosureWarnings } from "@/lib/disclosures/warnings";

export const metadata: Metadata = { title: "Review and publish" };

type Props = { params: Promise<{ facilityId: string }> };

export default async function ReviewStep({ params }: Props) {
  const { facilityId } = await params;
  const editor = await loadEditor(facilityId, "/review");
  if (!editor) return <NoAccess />;
  const base = `/manage/${facilityId}/disclosure`;
  const checked = validateDisclosure(editor.draft.content);
  if (!checked.ok) {
    return (
      <>
        <EditorHeading facility={editor.facility} title="Review and publish" />
        <Section id="to-do" title={`${checked.problems.length} answer${checked.problems.length === 1 ? "" : "s"} still needed`}>
          <p>Every question needs an answer before publishing — or a plain “unknown”, “not applicable” or “declined to answer”.</p>
          <ul className="list-disc pl-6">
            {checked.problems.map((problem) => {
              const place = locateProblem(problem);
              return (
                <li key={problem.path}>
                  <Link href={`${base}${place.step}`}>{place.where}</Link>: {problem.message}
                </li>
              );
            })}
          </ul>
        </Section>
      </>
    );
  }
  const warnings = disclosureWarnings(checked.disclosure);
  const preview = {
    number: editor.versions + 1,
    kind: "PUBLICATION" as const,
    publishedAt: new Date(),
    attesterName: "(your name)",
    attesterTitle: "(your title)",
    attestationStatement: ATTESTATION_STATEMENT,
  };
  return (
    <>
      <EditorHeading facility={editor.facility} title="Review and publish" />
      {warnings.length ? (
        <Section id="warnings" title="Worth a second look">
          <p>These answers seem to contradict each other. You can still publish if they are right.</p>
          <ul className="list-disc pl-6">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      <section aria-labelledby="preview-heading" className="flex flex-col gap-6 rounded border-4 border-dashed border-line p-5">
        <h2 id="preview-heading" className="text-2xl font-bold">
          Preview: what patients will see
        </h2>
        <DisclosureSummary disclosure={checked.disclosure} />
        <DisclosureDetail disclosure={checked.disclosure} version={preview} />
      </section>
      {editor.role === "FACILITY_ADMIN" ? (
        <PublishForm facilityId={facilityId} revision={editor.draft.revision} isUpdate={editor.versions > 0} />
      ) : (
        <p className="border-l-8 border-brand bg-paper-muted p-4">
          Only the facility&apos;s admins can publish. The draft is saved; ask one of them to review and publish it.
        </p>
      )}
    </>
  );
}
