import { z } from "zod";
import {
  aiToolRows,
  breachesReportedRow,
  breachRows,
  breachTitle,
  practiceGroups,
  type AnswerRow,
  type PracticeKey,
} from "@/lib/disclosures/format";
import { BREACHES_REPORTED_TEXT } from "@/lib/disclosures/labels";
import { practicesSchema, type Disclosure, type Practices } from "@/lib/disclosures/schema";
import { scoreDisclosure } from "@/lib/score/score";
import { cellsDiffer, itemOf, statedItem, type CellItem, type CompareCell } from "./cells";
import { DERIVED_FACTS, NO_TOOLS_WORDS } from "./key-facts";

// The comparison of 2–4 facilities, question by question: the key facts first, then the practices,
// the AI tools and the breaches, each row marked when the facilities' answers read differently.
// Questions and answers are worded as on the facility page (lib/disclosures/format.ts).

/** Where a question is explained, shown next to it. */
export interface QuestionLink {
  href: string;
  words: string;
}

interface Question {
  key: string;
  label: string;
  link?: QuestionLink;
  items: (disclosure: Disclosure) => CellItem[];
}

export interface CompareRow {
  key: string;
  label: string;
  link?: QuestionLink;
  /** One per facility, in the order of the facilities. */
  cells: CompareCell[];
  differs: boolean;
}

export interface CompareSection {
  key: string;
  title: string;
  rows: CompareRow[];
}

/** Every answer "unknown": the questions' words, for when no facility compared has disclosed anything. */
function unknownAnswers(schema: z.ZodType): unknown {
  if (!(schema instanceof z.ZodObject)) return { state: "unknown" };
  return Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, unknownAnswers(field as z.ZodType)]));
}

const BLANK_PRACTICES = unknownAnswers(practicesSchema) as Practices;
const PRACTICE_GROUPS = practiceGroups(BLANK_PRACTICES);

const practiceRow = (practices: Practices, key: string) =>
  practiceGroups(practices)
    .flatMap((group) => group.rows)
    .find((row) => row.key === key)!;

const practiceQuestion = ({ key, label }: Pick<AnswerRow, "key" | "label">): Question => ({
  key,
  label,
  items: (disclosure) => [itemOf(practiceRow(disclosure.practices, key))],
});

const practice = (key: PracticeKey) => practiceQuestion(practiceRow(BLANK_PRACTICES, key));

/** Practices shown among the key facts, and so not again in their own group. */
const KEY_PRACTICES: PracticeKey[] = ["usesAi", "optOut.offered", "optOut.how", "imageRetention", "reportRetention"];

const KEY_FACTS: Question[] = [
  practice("usesAi"),
  DERIVED_FACTS.whereAiRuns,
  DERIVED_FACTS.sentOut,
  DERIVED_FACTS.training,
  practice("optOut.offered"),
  practice("optOut.how"),
  practice("imageRetention"),
  practice("reportRetention"),
  {
    key: "score",
    label: "Transparency score",
    link: { href: "/methodology", words: "How the score is worked out" },
    items: (disclosure) => {
      const { score, rubricVersion } = scoreDisclosure(disclosure);
      return [statedItem(`${score} out of 100 (rubric ${rubricVersion})`)];
    },
  },
];

/** A few of a tool's or a breach's answers on lines of their own, for a compact cell. */
const briefly = (rows: AnswerRow[], keys: readonly string[], label: string): CellItem =>
  itemOf(
    {
      state: "answered",
      words: rows
        .filter((row) => keys.includes(row.key))
        .map((row) => `${row.label}: ${row.words}`)
        .join("\n"),
      links: [],
    },
    label,
  );

const TOOLS: Question[] = [
  { key: "toolCount", label: "How many AI tools are listed?", items: (disclosure) => [statedItem(String(disclosure.aiTools.length))] },
  {
    key: "tools",
    label: "The AI tools",
    items: (disclosure) =>
      disclosure.aiTools.length
        ? disclosure.aiTools.map((tool) => briefly(aiToolRows(tool), ["vendor", "purposes", "modalities"], tool.productName))
        : [statedItem(NO_TOOLS_WORDS)],
  },
];

const BREACHES: Question[] = [
  { key: "breachesReported", label: BREACHES_REPORTED_TEXT.label, items: (disclosure) => [itemOf(breachesReportedRow(disclosure))] },
  {
    key: "breaches",
    label: "Breaches listed",
    items: (disclosure) =>
      disclosure.breaches.length
        ? disclosure.breaches.map((breach, index) =>
            briefly(breachRows(breach), ["type", "individualsAffected"], breachTitle(breach, index)),
          )
        : [statedItem("None listed")],
  },
];

const SECTIONS = [
  { key: "key-facts", title: "Key facts", questions: KEY_FACTS },
  ...PRACTICE_GROUPS.map((group) => ({
    key: group.key,
    title: group.title,
    questions: group.rows.filter((row) => !KEY_PRACTICES.includes(row.key)).map(practiceQuestion),
  })).filter((section) => section.questions.length),
  { key: "tools", title: "AI tools", questions: TOOLS },
  { key: "breaches", title: "Data breaches", questions: BREACHES },
];

/** The comparison of these facilities' disclosures (null: the facility has not disclosed). */
export function compareSections(disclosures: readonly (Disclosure | null)[]): CompareSection[] {
  return SECTIONS.map(({ key, title, questions }) => ({
    key,
    title,
    rows: questions.map((question) => {
      const cells: CompareCell[] = disclosures.map((disclosure) =>
        disclosure ? { disclosed: true, items: question.items(disclosure) } : { disclosed: false },
      );
      return { key: question.key, label: question.label, link: question.link, cells, differs: cellsDiffer(cells) };
    }),
  }));
}

/** Only the rows that differ; a section with none is left out. */
export const differencesOnly = (sections: CompareSection[]): CompareSection[] =>
  sections.map((section) => ({ ...section, rows: section.rows.filter((row) => row.differs) })).filter((section) => section.rows.length);

export const countRows = (sections: CompareSection[]) => sections.reduce((sum, section) => sum + section.rows.length, 0);
