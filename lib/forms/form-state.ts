/** Repeated values of one field (check boxes) in one form-state string. */
export const MULTI_SEPARATOR = "\u001f";

/** What a server action hands back to its form: errors by field, what was typed, or a success note. */
export interface FormState {
  /** Shown in a status box after a successful action that stays on the page. */
  success?: string;
  /** An error about the whole form (rate limited, already decided, not allowed). */
  formError?: string;
  fieldErrors?: Record<string, string>;
  /** Every item behind an error that sums several up (each invalid answer of an imported file). */
  problems?: string[];
  /** Where to go next after a success (review what was imported). */
  next?: { href: string; label: string };
  /** What the person typed, so nothing has to be typed twice; never passwords or tokens. */
  values?: Record<string, string>;
  /** Someone else saved first: what differs between their saved answers and this person's. */
  conflict?: { question: string; field: string; theirs: string; yours: string }[];
  /** A save the person did not ask for (autosave): report it without moving their focus. */
  quiet?: boolean;
}
