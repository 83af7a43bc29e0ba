import { UNANSWERED_STATES } from "@/lib/disclosures/answer";
import { NOT_DISCLOSED } from "@/lib/open-data/column";
import type { StatRow, TextCount, ValueCount } from "./statistics";

// Turns counted answers into rows: every possible answer, even at zero, so "No: 0" is visible;
// then each reason for not answering as its own row, never folded into "no".

/** Every reason the public rows give for an answer missing, in the order the rows show them. */
export const NO_ANSWER_KEYS = [...UNANSWERED_STATES, NOT_DISCLOSED] as const;
export type NoAnswerKey = (typeof NO_ANSWER_KEYS)[number];

/** Always shown, even when no one chose them: the reasons people most need to see are not a "no". */
const ALWAYS_SHOWN = new Set<string>(["unknown", "declined"]);

const isNoAnswer = (value: string): value is NoAnswerKey => (NO_ANSWER_KEYS as readonly string[]).includes(value);

export function answerRows(
  counts: ValueCount[],
  answers: Record<string, string>,
  noAnswer: Record<NoAnswerKey, string>,
  outOf: number,
): StatRow[] {
  const byValue = new Map(counts.map(({ value, count }) => [value, count]));
  const answered = Object.entries(answers).map(([key, label]) => ({ key, label, count: byValue.get(key) ?? 0, outOf, answered: true }));
  const unanswered = NO_ANSWER_KEYS.filter((key) => ALWAYS_SHOWN.has(key) || byValue.has(key)).map((key) => ({
    key,
    label: noAnswer[key],
    count: byValue.get(key) ?? 0,
    outOf,
    answered: false,
  }));
  // A value this code does not know yet (a new option) is still counted, under its own word.
  const known = new Set([...Object.keys(answers), ...NO_ANSWER_KEYS]);
  const other = counts
    .filter(({ value }) => !known.has(value))
    .map(({ value, count }) => ({ key: value, label: value, count, outOf, answered: true }));
  return [...answered, ...other, ...unanswered];
}

/** Free-text groups as rows, in the order given; a reason for not answering keeps its label. */
export function textRows(counts: TextCount[], noAnswer: Record<NoAnswerKey, string>, outOf: number): StatRow[] {
  return counts.map(({ key, label, count }) => {
    const missing = isNoAnswer(key);
    return { key, label: missing ? noAnswer[key] : label, count, outOf, answered: !missing };
  });
}
