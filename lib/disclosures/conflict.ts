import { UNANSWERED_LABELS, type UnansweredState } from "./answer";
import { fieldName, readStep } from "./form-data";
import { questionsOf, type QuestionSpec } from "./form-questions";
import { formatRetention } from "./format";
import { STEPS, type StepKind } from "./steps";
import type { DraftContent } from "./validate";
import { valueAt } from "./value-at";

/** A draft's answer to one question in words, including "not answered yet". */
export function describeDraftAnswer(spec: QuestionSpec, stored: unknown): string {
  if (stored === undefined || stored === "") return "Not answered yet";
  if (typeof stored === "string") return stored;
  const answer = stored as { state: string; value?: unknown };
  if (answer.state !== "answered") return UNANSWERED_LABELS[answer.state as UnansweredState] ?? answer.state;
  const value = answer.value;
  const label = (option: unknown) => spec.options?.[String(option)] ?? String(option);
  if (spec.kind === "yesno") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map(label).join(", ");
  if (spec.kind === "years") return formatRetention(value as { years: number | null });
  return label(value);
}

/** Where a step's answers sit in a draft. */
function stepContent(step: StepKind, index: number, content: DraftContent): unknown {
  const place = STEPS[step].place;
  if ("key" in place) return content[place.key];
  if ("top" in place) return content;
  const list = content[place.list];
  return Array.isArray(list) ? list[index] : undefined;
}

/**
 * What differs between the answers someone else saved and the ones this person just sent, question
 * by question, so they can decide what to keep before saving again.
 */
export function conflictSummary(step: StepKind, index: number, saved: DraftContent, form: FormData) {
  const specs = questionsOf(STEPS[step].groups);
  const theirs = stepContent(step, index, saved);
  const yours = readStep(specs, form);
  return specs.flatMap((spec) => {
    const before = describeDraftAnswer(spec, valueAt(theirs, spec.path));
    const after = describeDraftAnswer(spec, valueAt(yours, spec.path));
    return before === after ? [] : [{ question: spec.text.label, field: fieldName(spec), theirs: before, yours: after }];
  });
}
