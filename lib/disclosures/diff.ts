import type { Locale } from "@/lib/i18n/routing";
import { aiToolRows, breachesReportedRow, breachRows, breachTitle, practiceGroups, type AnswerRow } from "./format";
import { disclosureLabels } from "./labels-by-locale";
import type { AiTool, Breach, Disclosure } from "./schema";

// What changed between two versions, in the words a patient reads on the facility page: each
// question whose answer reads differently, and each AI tool or breach added or removed.

export interface Change {
  kind: "added" | "removed" | "changed";
  /** The part of the disclosure, to group changes under a heading. */
  section: string;
  /** Where, in words: "AI tool “ChestView Triage” › Where it runs". */
  path: string;
  /** In words; null for something added. */
  before: string | null;
  /** In words; null for something removed. */
  after: string | null;
  /** Which of the two the facility wrote in its own words, to show as written (never translated). */
  written?: { before: boolean; after: boolean };
}

function diffRows(none: string, section: string, prefix: string, before: AnswerRow[], after: AnswerRow[]): Change[] {
  const keys = [...new Set([...before.map((row) => row.key), ...after.map((row) => row.key)])];
  return keys.flatMap((key) => {
    const a = before.find((row) => row.key === key);
    const b = after.find((row) => row.key === key);
    const was = a?.words ?? none;
    const now = b?.words ?? none;
    if (was === now) return [];
    const written = a?.asWritten || b?.asWritten ? { before: !!a?.asWritten, after: !!b?.asWritten } : undefined;
    return [{ kind: "changed" as const, section, path: `${prefix} › ${(b ?? a)!.label}`, before: was, after: now, written }];
  });
}

/**
 * Pairs the items of two lists by identity (so moving one is not a change); duplicates pair in
 * order. Returns the pairs and what is only in one list.
 */
function pairBy<T>(before: T[], after: T[], identity: (item: T, index: number) => string) {
  const unmatched = after.map((item, index) => ({ item, index, id: identity(item, index) }));
  const pairs: { before: T; after: T; index: number }[] = [];
  const removed: { item: T; index: number }[] = [];
  for (const [index, item] of before.entries()) {
    const id = identity(item, index);
    const match = unmatched.findIndex((candidate) => candidate.id === id);
    if (match === -1) {
      removed.push({ item, index });
      continue;
    }
    const [partner] = unmatched.splice(match, 1);
    pairs.push({ before: item, after: partner!.item, index: partner!.index });
  }
  return { pairs, removed, added: unmatched.map(({ item, index }) => ({ item, index })) };
}

/** How the items of a list (AI tools, breaches) are told apart, named and described. */
interface ListSpec<T> {
  section: string;
  identity: (item: T, index: number) => string;
  title: (item: T, index: number) => string;
  rows: (item: T) => AnswerRow[];
  /** A line for an item added or removed as a whole. */
  words: (item: T) => string;
}

function diffList<T>(none: string, spec: ListSpec<T>, before: T[], after: T[]): Change[] {
  const { section } = spec;
  const { pairs, removed, added } = pairBy(before, after, spec.identity);
  return [
    ...pairs.flatMap((pair) => diffRows(none, section, spec.title(pair.after, pair.index), spec.rows(pair.before), spec.rows(pair.after))),
    ...removed.map(({ item, index }): Change => ({
      kind: "removed",
      section,
      path: spec.title(item, index),
      before: spec.words(item),
      after: null,
    })),
    ...added.map(({ item, index }): Change => ({
      kind: "added",
      section,
      path: spec.title(item, index),
      before: null,
      after: spec.words(item),
    })),
  ];
}

const normalize = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

function toolSpec(locale: Locale): ListSpec<AiTool> {
  const { sections, titles } = disclosureLabels(locale);
  return {
    section: sections.aiTools,
    identity: (tool) => `${normalize(tool.productName)}\u0000${normalize(tool.vendor)}`,
    title: (tool) => titles.tool(tool.productName),
    rows: (tool) => aiToolRows(tool, locale),
    words: (tool) => titles.toolBy(tool.productName, tool.vendor),
  };
}

function breachSpec(locale: Locale): ListSpec<Breach> {
  return {
    section: disclosureLabels(locale).sections.breaches,
    // A breach is known by its date; one without a date, only by its place in the list.
    identity: (breach, index) => (breach.breachDate.state === "answered" ? breach.breachDate.value : `#${index}`),
    title: (breach, index) => breachTitle(breach, index, locale),
    rows: (breach) => breachRows(breach, locale),
    words: (breach) =>
      breachRows(breach, locale)
        .filter((row) => row.key === "type" || row.key === "individualsAffected")
        .map((row) => `${row.label}: ${row.words}`)
        .join("; "),
  };
}

/** Every difference from `a` (older) to `b` (newer), grouped in the order of the disclosure. */
export function diffDisclosures(a: Disclosure, b: Disclosure, locale: Locale = "en"): Change[] {
  const { answers, sections } = disclosureLabels(locale);
  const groupsA = practiceGroups(a.practices, locale);
  const groupsB = practiceGroups(b.practices, locale);
  return [
    ...groupsB.flatMap((group, index) => diffRows(answers.none, group.title, group.title, groupsA[index]!.rows, group.rows)),
    ...diffList(answers.none, toolSpec(locale), a.aiTools, b.aiTools),
    ...diffRows(answers.none, sections.breaches, sections.breaches, [breachesReportedRow(a, locale)], [breachesReportedRow(b, locale)]),
    ...diffList(answers.none, breachSpec(locale), a.breaches, b.breaches),
  ];
}

/** Changes under their section headings, sections in the order they first appear. */
export function groupChanges(changes: Change[]): { section: string; changes: Change[] }[] {
  const sections = [...new Set(changes.map((change) => change.section))];
  return sections.map((section) => ({ section, changes: changes.filter((change) => change.section === section) }));
}
