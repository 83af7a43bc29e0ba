import { neverUsedForTraining } from "@/lib/disclosures/format";
import type { AiTool, Disclosure } from "@/lib/disclosures/schema";
import { answerItem, statedItem, type CellItem } from "./cells";
import type { CompareWords } from "./words";

// The key facts that are not a single answer but read across a facility's AI tools, as in the
// facility page's summary: where the AI runs, what leaves the building, training on patients' data.

export interface DerivedFact {
  key: string;
  label: string;
  items: (disclosure: Disclosure) => CellItem[];
}

const runsOnSite = (tool: AiTool) => tool.runsWhere.state === "answered" && tool.runsWhere.value === "on_site";

export function derivedFacts({ t, labels, locale }: CompareWords) {
  const { options } = labels;
  const perTool = (disclosure: Disclosure, item: (tool: AiTool) => CellItem) =>
    disclosure.aiTools.length ? disclosure.aiTools.map(item) : [statedItem(t("compare.model.noTools"))];

  /** What leaves for this tool, and where it is processed when it goes somewhere. */
  function sentOut(tool: AiTool): CellItem {
    const item = answerItem(tool.dataLeaving, (value) => options.dataLeaving[value], locale, tool.productName);
    const { dataLeaving, region } = tool;
    const leaves = dataLeaving.state === "answered" && dataLeaving.value !== "nothing" && !runsOnSite(tool);
    if (!leaves || region.state === "not_applicable") return item;
    const where = answerItem(region, String, locale).words;
    return { ...item, words: t("compare.model.processedIn", { what: item.words, where }) };
  }

  function training(disclosure: Disclosure): CellItem[] {
    if (neverUsedForTraining(disclosure)) return [statedItem(t("compare.model.neverTrained"))];
    return [
      answerItem(
        disclosure.practices.sharing.aiTraining,
        (level) => options.sharingLevel[level],
        locale,
        t("compare.model.sharedForTraining"),
      ),
      ...disclosure.aiTools.map((tool) =>
        answerItem(
          tool.vendorTraining,
          (value) => options.vendorTraining[value],
          locale,
          t("compare.model.vendorMayTrain", { tool: tool.productName }),
        ),
      ),
    ];
  }

  return {
    whereAiRuns: {
      key: "whereAiRuns",
      label: t("compare.model.whereAiRuns"),
      items: (disclosure) =>
        perTool(disclosure, (tool) => answerItem(tool.runsWhere, (value) => options.runsWhere[value], locale, tool.productName)),
    },
    sentOut: { key: "sentOut", label: t("compare.model.sentOut"), items: (disclosure) => perTool(disclosure, sentOut) },
    training: { key: "training", label: t("compare.model.training"), items: training },
  } satisfies Record<string, DerivedFact>;
}
