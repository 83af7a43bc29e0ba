import type { Metadata } from "next";
import Link from "next/link";
import { FetchDisclosureForm } from "@/components/disclosures/fetch-form";
import { EditorHeading, loadEditor, NoAccess } from "@/components/disclosures/form/editor-page";
import { buttonClass } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import { validateDisclosure } from "@/lib/disclosures/validate";

export const metadata: Metadata = { title: "Disclosure" };

type Props = { params: Promise<{ facilityId: string }>; searchParams: Promise<{ published?: string }> };

export default async function DisclosureOverview({ params, searchParams }: Props) {
  const { facilityId } = await params;
  const editor = await loadEditor(facilityId, "");
  if (!editor) return <NoAccess />;
  const { published } = await searchParams;
  const { draft, facility } = editor;
  const checked = validateDisclosure(draft.content);
  const remaining = checked.ok ? 0 : checked.problems.length;
  return (
    <>
      <EditorHeading facility={facility} title="Disclosure" />
      {published && /^\d+$/.test(published) ? (
        <p role="status" className="border-l-8 border-brand bg-paper-muted p-4 font-semibold">
          Version {published} is published. <Link href={`/facilities/${facility.slug}`}>See it as patients do</Link>.
        </p>
      ) : null}
      <p>
        {editor.versions
          ? `${editor.versions} version${editor.versions === 1 ? " is" : "s are"} published. Changes go into a new draft, started from the latest version, until an admin publishes it.`
          : "Nothing is published yet."}{" "}
        {draft.changed && draft.updatedAt
          ? `The draft was last saved ${formatDate(draft.updatedAt)} by ${draft.updatedBy}.`
          : "There are no unpublished changes."}
      </p>
      <p>
        {remaining
          ? `${remaining} answer${remaining === 1 ? "" : "s"} still needed before publishing.`
          : "Every question is answered: review and publish."}
      </p>
      <Link href={`/manage/${facilityId}/disclosure/practices`} className={`${buttonClass()} no-underline`}>
        {draft.changed ? "Continue the draft" : editor.versions ? "Start a new version" : "Start the disclosure"}
      </Link>
      <ul className="flex flex-col gap-2">
        <li>
          <a href={`/manage/${facilityId}/disclosure/export`} download>
            Download the draft as a file
          </a>{" "}
          (JSON, in the <a href="/api/v1/schemas/disclosure.json">published disclosure format</a>)
        </li>
        <li>
          <Link href="/manage/import-disclosure">Import a disclosure file into this and other facilities</Link>
        </li>
        <li>
          <Link href={`/facilities/${facility.slug}/versions`}>Published versions</Link>
        </li>
      </ul>
      {editor.role === "FACILITY_ADMIN" ? <FetchDisclosureForm facilityId={facility.id} website={facility.website} /> : null}
    </>
  );
}
