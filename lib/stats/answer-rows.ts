import { UNANSWERED_LABELS } from "@/lib/disclosures/answer";
import type { StatRow, TextCount, ValueCount } from "./statistics";

// Turns counted answers into rows: every possible answer, even at zero, so "No: 0" is visible;
// then each reason for not answering as its own row, never folded into "no".

/** The word the public rows use for a question missing from a version (added after it was published). */
export const NOT_DISCLOSED = "not_disclosed";

const NO_ANSWER_LABELS: Record<string, string> = { ...UNANSWERED_LABELS, [NOT_DISCLOSED]: "Not disclosed" };

/** Always shown, even when no one chose them: the reasons people most need to see are not a "no". */
const ALWAYS_SHOWN = new Set(["unknown", "declined"]);

export const isNoAnswer = (value: string) => value in NO_ANSWER_LABELS;

export function answerRows(counts: ValueCount[], answers: Record<string, string>, outOf: number): StatRow[] {
  const byValue = new Map(counts.map(({ value, count }) => [value, count]));
  const answered = Object.entries(answers).map(([key, label]) => ({ key, label, count: byValue.get(key) ?? 0, outOf, answered: true }));
  const unanswered = Object.entries(NO_ANSWER_LABELS)
    .filter(([key]) => ALWAYS_SHOWN.has(key) || byValue.has(key))
    .map(([key, label]) => ({ key, label, count: byValue.get(key) ?? 0, outOf, answered: false }));
  // A value this code does not know yet (a new option) is still counted, under its own word.
  const known = new Set([...Object.keys(answers), ...Object.keys(NO_ANSWER_LABELS)]);
  const other = counts
    .filter(({ value }) => !known.has(value))
    .map(({ value, count }) => ({ key: value, label: value, count, outOf, answered: true }));
  return [...answered, ...other, ...unanswered];
}

/** Free-text groups as rows, in the order given; a reason for not answering keeps its label. */
export function textRows(counts: TextCount[], outOf: number): StatRow[] {
  return counts.map(({ key, label, count }) => ({
    key,
    label: NO_ANSWER_LABELS[key] ?? label,
    count,
    outOf,
    answered: !isNoAnswer(key),
  }));
}
