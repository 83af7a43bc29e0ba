import type { Metadata } from "next";
import Link from "next/link";
import { EditorHeading, loadEditor, NoAccess } from "@/components/disclosures/form/editor-page";
import { EntryList } from "@/components/disclosures/form/entry-list";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "AI tools" };

type Props = { params: Promise<{ facilityId: string }> };

export default async function ToolsStep({ params }: Props) {
  const { facilityId } = await params;
  const editor = await loadEditor(facilityId, "/tools");
  if (!editor) return <NoAccess />;
  const base = `/manage/${facilityId}/disclosure`;
  const tools = (Array.isArray(editor.draft.content.aiTools) ? editor.draft.content.aiTools : []) as {
    productName?: string;
    vendor?: string;
  }[];
  return (
    <>
      <EditorHeading facility={editor.facility} title="AI tools" />
      <p>One entry for each AI tool used on patients&apos; images or reports: what it does, where it runs, and what leaves the facility.</p>
      <EntryList
        facilityId={facilityId}
        revision={editor.draft.revision}
        step="tool"
        entries={tools.map((tool) => ({ title: tool.productName ?? "Unnamed tool", detail: tool.vendor ?? "" }))}
        editBase={`${base}/tools`}
        empty="No AI tools yet."
      />
      <div className="flex flex-wrap gap-4">
        <Link href={`${base}/tools/new`} className={`${buttonClass("secondary")} no-underline`}>
          Add an AI tool
        </Link>
        <Link href={`${base}/breaches`} className={`${buttonClass()} no-underline`}>
          Continue to breaches
        </Link>
      </div>
    </>
  );
}
