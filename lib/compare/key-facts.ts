import { neverUsedForTraining } from "@/lib/disclosures/format";
import { OPTION_LABELS } from "@/lib/disclosures/labels";
import type { AiTool, Disclosure } from "@/lib/disclosures/schema";
import { answerItem, statedItem, type CellItem } from "./cells";

// The key facts that are not a single answer but read across a facility's AI tools, as in the
// facility page's summary: where the AI runs, what leaves the building, training on patients' data.

export interface DerivedFact {
  key: string;
  label: string;
  items: (disclosure: Disclosure) => CellItem[];
}

export const NO_TOOLS_WORDS = "No AI tools listed";

const perTool = (disclosure: Disclosure, item: (tool: AiTool) => CellItem) =>
  disclosure.aiTools.length ? disclosure.aiTools.map(item) : [statedItem(NO_TOOLS_WORDS)];

const runsOnSite = (tool: AiTool) => tool.runsWhere.state === "answered" && tool.runsWhere.value === "on_site";

/** What leaves for this tool, and where it is processed when it goes somewhere. */
function sentOut(tool: AiTool): CellItem {
  const item = answerItem(tool.dataLeaving, (value) => OPTION_LABELS.dataLeaving[value], tool.productName);
  const { dataLeaving, region } = tool;
  const leaves = dataLeaving.state === "answered" && dataLeaving.value !== "nothing" && !runsOnSite(tool);
  if (!leaves || region.state === "not_applicable") return item;
  const where = answerItem(region, String).words;
  return { ...item, words: `${item.words}. Processed in: ${where}` };
}

function training(disclosure: Disclosure): CellItem[] {
  if (neverUsedForTraining(disclosure)) return [statedItem("No: neither the facility nor its AI vendors use it to train AI")];
  return [
    answerItem(disclosure.practices.sharing.aiTraining, (level) => OPTION_LABELS.sharingLevel[level], "Shared by the facility to train AI"),
    ...disclosure.aiTools.map((tool) =>
      answerItem(tool.vendorTraining, (value) => OPTION_LABELS.vendorTraining[value], `${tool.productName}: the vendor may train on it`),
    ),
  ];
}

export const DERIVED_FACTS = {
  whereAiRuns: {
    key: "whereAiRuns",
    label: "Where does the AI run?",
    items: (disclosure) =>
      perTool(disclosure, (tool) => answerItem(tool.runsWhere, (value) => OPTION_LABELS.runsWhere[value], tool.productName)),
  },
  sentOut: {
    key: "sentOut",
    label: "Are images sent out of the facility (for example to a cloud), and where?",
    items: (disclosure) => perTool(disclosure, sentOut),
  },
  training: { key: "training", label: "Is patients' data used to train AI?", items: training },
} satisfies Record<string, DerivedFact>;
