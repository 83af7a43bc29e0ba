import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorHeading, loadEditor, NoAccess } from "@/components/disclosures/form/editor-page";
import { StepForm } from "@/components/disclosures/form/step-form";
import { entryIndex } from "@/lib/disclosures/entry-index";
import { stepValues } from "@/lib/disclosures/form-data";
import { AI_TOOL_GROUPS, questionsOf } from "@/lib/disclosures/form-questions";

export const metadata: Metadata = { title: "AI tool" };

type Props = { params: Promise<{ facilityId: string; index: string }> };

export default async function ToolStep({ params }: Props) {
  const { facilityId, index } = await params;
  const editor = await loadEditor(facilityId, `/tools/${index}`);
  if (!editor) return <NoAccess />;
  const tools = Array.isArray(editor.draft.content.aiTools) ? editor.draft.content.aiTools : [];
  const position = entryIndex(index, tools.length);
  if (position === null) notFound();
  const tool = position >= 0 ? (tools[position] as { productName?: string }) : undefined;
  return (
    <>
      <EditorHeading facility={editor.facility} title={tool ? `AI tool: ${tool.productName}` : "Add an AI tool"} />
      <StepForm
        facilityId={facilityId}
        step="tool"
        index={position}
        groups={AI_TOOL_GROUPS}
        values={{ ...stepValues(questionsOf(AI_TOOL_GROUPS), tool), revision: String(editor.draft.revision) }}
        next={`/manage/${facilityId}/disclosure/tools`}
        nextLabel="Save this tool"
      />
    </>
  );
}
