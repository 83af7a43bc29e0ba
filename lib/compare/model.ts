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
import { practicesSchema, type Disclosure, type Practices } from "@/lib/disclosures/schema";
import { formatCount } from "@/lib/format";
import { routing, type Locale } from "@/lib/i18n/routing";
import { scoreDisclosure } from "@/lib/score/score";
import { cellsDiffer, itemOf, statedItem, type CellItem, type CompareCell } from "./cells";
import { derivedFacts } from "./key-facts";
import { compareWords } from "./words";

// The comparison of 2–4 facilities, question by question: the key facts first, then the practices,
// the AI tools and the breaches, each row marked when the facilities' answers read differently.
// Questions and answers are worded as on the facility page (lib/disclosures/format.ts), in the
// page's language; whether answers differ does not depend on it.

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

/** Practices shown among the key facts, and so not again in their own group. */
const KEY_PRACTICES: PracticeKey[] = ["usesAi", "optOut.offered", "optOut.how", "imageRetention", "reportRetention"];

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

function sectionsIn(locale: Locale) {
  const words = compareWords(locale);
  const { t, labels } = words;
  const facts = derivedFacts(words);

  const practiceRow = (practices: Practices, key: string) =>
    practiceGroups(practices, locale)
      .flatMap((group) => group.rows)
      .find((row) => row.key === key)!;

  const practiceQuestion = ({ key, label }: Pick<AnswerRow, "key" | "label">): Question => ({
    key,
    label,
    items: (disclosure) => [itemOf(practiceRow(disclosure.practices, key))],
  });

  const practice = (key: PracticeKey) => practiceQuestion(practiceRow(BLANK_PRACTICES, key));

  const keyFacts: Question[] = [
    practice("usesAi"),
    facts.whereAiRuns,
    facts.sentOut,
    facts.training,
    practice("optOut.offered"),
    practice("optOut.how"),
    practice("imageRetention"),
    practice("reportRetention"),
    {
      key: "score",
      label: t("score.title"),
      link: { href: "/methodology", words: t("compare.model.scoreLink") },
      items: (disclosure) => {
        const { score, rubricVersion } = scoreDisclosure(disclosure);
        return [statedItem(t("compare.model.score", { score, version: rubricVersion }))];
      },
    },
  ];

  const noTools = statedItem(t("compare.model.noTools"));
  const tools: Question[] = [
    {
      key: "toolCount",
      label: t("compare.model.toolCount"),
      items: (disclosure) => [statedItem(formatCount(disclosure.aiTools.length, locale))],
    },
    {
      key: "tools",
      label: t("compare.model.tools"),
      items: (disclosure) =>
        disclosure.aiTools.length
          ? disclosure.aiTools.map((tool) => briefly(aiToolRows(tool, locale), ["vendor", "purposes", "modalities"], tool.productName))
          : [noTools],
    },
  ];

  const breaches: Question[] = [
    {
      key: "breachesReported",
      label: labels.questions.breachesReported,
      items: (disclosure) => [itemOf(breachesReportedRow(disclosure, locale))],
    },
    {
      key: "breaches",
      label: t("compare.model.breaches"),
      items: (disclosure) =>
        disclosure.breaches.length
          ? disclosure.breaches.map((breach, index) =>
              briefly(breachRows(breach, locale), ["type", "individualsAffected"], breachTitle(breach, index, locale)),
            )
          : [statedItem(t("compare.model.noBreaches"))],
    },
  ];

  return [
    { key: "key-facts", title: t("facility.summary.heading"), questions: keyFacts },
    ...practiceGroups(BLANK_PRACTICES, locale)
      .map((group) => ({
        key: group.key,
        title: group.title,
        questions: group.rows.filter((row) => !KEY_PRACTICES.includes(row.key)).map(practiceQuestion),
      }))
      .filter((section) => section.questions.length),
    { key: "tools", title: labels.sections.aiTools, questions: tools },
    { key: "breaches", title: labels.sections.breaches, questions: breaches },
  ];
}

const SECTIONS = Object.fromEntries(routing.locales.map((locale) => [locale, sectionsIn(locale)])) as Record<
  Locale,
  ReturnType<typeof sectionsIn>
>;

/** The comparison of these facilities' disclosures (null: the facility has not disclosed). */
export function compareSections(disclosures: readonly (Disclosure | null)[], locale: Locale = "en"): CompareSection[] {
  return SECTIONS[locale].map(({ key, title, questions }) => ({
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
