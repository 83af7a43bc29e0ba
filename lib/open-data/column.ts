import { UNANSWERED_LABELS, UNANSWERED_STATES } from "@/lib/disclosures/answer";
import type { QuestionText } from "@/lib/disclosures/labels";

// A column of an export file, described once: its SQL makes the files, and its type, meaning and
// allowed values make the data dictionary and datapackage.json, so the three cannot disagree.

/** Frictionless Table Schema types that the files use. */
export type FieldType = "string" | "integer" | "number" | "datetime";

export interface Column {
  name: string;
  /** The value, as SQL over the dataset's FROM clause. */
  sql: string;
  type: FieldType;
  description: string;
  /** Every value the column may hold, with its meaning; absent for free text, numbers and dates. */
  values?: Readonly<Record<string, string>>;
  /** Holds several of `values` (or several web addresses), joined with ";". */
  list?: boolean;
  /** An answer to a disclosure question: free text may also be one of NOT_ANSWERED's words. */
  answer?: boolean;
  /** Never empty. */
  required?: boolean;
}

/** The word the public rows use for a question missing from a version (added after it was published). */
export const NOT_DISCLOSED = "not_disclosed";
/** Its label, here and in the statistics' rows. */
export const NOT_DISCLOSED_LABEL = "Not disclosed";

/** What an answer column holds when the question was not answered, and why. */
export const NOT_ANSWERED: Readonly<Record<string, string>> = {
  ...Object.fromEntries(UNANSWERED_STATES.map((state) => [state, UNANSWERED_LABELS[state]])),
  [NOT_DISCLOSED]: `${NOT_DISCLOSED_LABEL}: the question was added after this version was published`,
};

export const YES_NO = { yes: "Yes", no: "No" } as const;

/** An instant as ISO 8601 in UTC with milliseconds, the same in every format. */
export const utc = (sql: string) => `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A question's words as a column's meaning. */
export const meaning = (text: QuestionText) => `${text.label}${/[?.]$/.test(text.label) ? "" : "."} ${text.help}`;

interface AnswerOptions {
  values?: Readonly<Record<string, string>>;
  list?: boolean;
}

/**
 * A disclosure answer as flat text (the migration's answer_text): the value, booleans as yes/no,
 * lists joined with ";", retention as years or "indefinite"; or the word for why it was not answered.
 */
export function answerColumn(name: string, sql: string, text: QuestionText, { values, list }: AnswerOptions = {}): Column {
  return {
    name,
    sql,
    type: "string",
    description: meaning(text),
    ...(values ? { values: { ...values, ...NOT_ANSWERED } } : {}),
    ...(list ? { list } : {}),
    answer: true,
    required: true, // answer_text always says something, if only why there is no answer
  };
}

/** What the column may hold, in words, before any list of values: shared by both dictionaries. */
export function valuesNote(column: Column): string {
  const why = column.answer && !column.values ? `, or why it was not answered (${Object.keys(NOT_ANSWERED).join(", ")})` : "";
  if (column.list && column.values) return `One or more of these, joined with ";" (a reason for no answer stands alone)`;
  if (column.values) return "One of these";
  if (column.list) return `Web addresses joined with ";"${why}`;
  return column.answer ? `Free text${why}` : "";
}

/** The allowed values of a column as one line of text, for the CSV dictionary and datapackage.json. */
export function allowedValuesText(column: Column): string {
  if (!column.values) return valuesNote(column);
  const values = Object.entries(column.values).map(([value, label]) => (value === label ? value : `${value} (${label})`));
  return `${valuesNote(column)}: ${values.join("; ")}`;
}
