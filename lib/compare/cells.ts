import type { Answer } from "@/lib/disclosures/answer";
import { formatAnswer, type AnswerRow } from "@/lib/disclosures/format";
import type { Locale } from "@/lib/i18n/routing";

// What one table cell of the comparison holds: nothing published at all, or one or more answers
// in words (several when a facility answers per AI tool or per breach).

export interface CellItem {
  /** What the answer is about when a cell holds several: an AI tool's name, a breach. */
  label?: string;
  state: Answer<unknown>["state"];
  words: string;
  links: string[];
  /** The facility's own words, shown as written (lib/disclosures/format.ts). */
  asWritten?: boolean;
}

export type CompareCell = { disclosed: false } | { disclosed: true; items: CellItem[] };

export const itemOf = (
  { state, words, links, asWritten }: Pick<AnswerRow, "state" | "words" | "links"> & Partial<Pick<AnswerRow, "asWritten">>,
  label?: string,
): CellItem => ({ label, state, words, links, asWritten });

/** An answer in words, under a label when the cell holds several. */
export const answerItem = <T>(answer: Answer<T>, words: (value: T) => string, locale: Locale, label?: string): CellItem =>
  itemOf({ state: answer.state, words: formatAnswer(answer, words, locale), links: [] }, label);

/** A fact the disclosure states by what it lists (no tools, no breaches), not by an answer. */
export const statedItem = (words: string): CellItem => ({ state: "answered", words, links: [] });

/**
 * A cell as it reads, for telling whether facilities differ: the words a patient sees (and why an
 * answer is missing), never object identity, so two facilities that say the same thing match.
 */
export function cellText(cell: CompareCell): string {
  // Never what a disclosed cell reads as: those always hold the separators below.
  if (!cell.disclosed) return "not disclosed";
  return cell.items.map((item) => [item.label ?? "", item.state, item.words].join("\u241f")).join("\u241e");
}

/** Facilities differ on a question when their cells do not all read the same. */
export const cellsDiffer = (cells: readonly CompareCell[]) => new Set(cells.map(cellText)).size > 1;
