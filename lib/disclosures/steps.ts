import { readStep, stepErrors } from "./form-data";
import {
  AI_TOOL_GROUPS,
  BREACH_GROUPS,
  BREACHES_REPORTED_QUESTION,
  PRACTICE_GROUPS,
  questionsOf,
  type QuestionGroup,
} from "./form-questions";
import { DISCLOSURE_SCHEMA_VERSION } from "./schema";
import { draftProblems, type DraftContent } from "./validate";

/** The parts of the form, each saved on its own: practices, one AI tool, the breaches question, one breach. */
export const STEP_KINDS = ["practices", "tool", "breaches", "breach"] as const;
export type StepKind = (typeof STEP_KINDS)[number];

interface StepDefinition {
  groups: QuestionGroup[];
  /** Where the step's answers go in the disclosure. */
  place: { key: "practices" } | { list: "aiTools" | "breaches" } | { top: true };
}

export const STEPS: Record<StepKind, StepDefinition> = {
  practices: { groups: PRACTICE_GROUPS, place: { key: "practices" } },
  tool: { groups: AI_TOOL_GROUPS, place: { list: "aiTools" } },
  breaches: { groups: [{ title: "Breaches", questions: [BREACHES_REPORTED_QUESTION] }], place: { top: true } },
  breach: { groups: BREACH_GROUPS, place: { list: "breaches" } },
};

type Patch = Record<string, unknown>;

/** `index`: where a list entry now is (a new one's position once saved), so the next save edits it. */
export type StepResult = { ok: true; patch: Patch; index: number } | { ok: false; errors: Record<string, string> };

/**
 * What a posted step changes in the draft (`index`: the list entry edited, -1 for a new one), or
 * the errors of the answers given. Unanswered questions are not errors until publishing.
 */
export function applyStep(kind: StepKind, index: number, form: FormData, draft: DraftContent): StepResult {
  const { groups, place } = STEPS[kind];
  const specs = questionsOf(groups);
  const answers = readStep(specs, form);
  if ("key" in place || "top" in place) {
    const patch = "key" in place ? { [place.key]: answers } : answers;
    const errors = stepErrors(
      specs,
      draftProblems({ schemaVersion: DISCLOSURE_SCHEMA_VERSION, ...patch }),
      "key" in place ? `${place.key}.` : "",
    );
    return Object.keys(errors).length ? { ok: false, errors } : { ok: true, patch, index };
  }
  const probe = { schemaVersion: DISCLOSURE_SCHEMA_VERSION, [place.list]: [answers] };
  const errors = stepErrors(specs, draftProblems(probe), `${place.list}.0.`);
  // A list entry needs what names it (a tool's product and vendor), even in a draft.
  for (const spec of specs)
    if (spec.kind === "required" && !(spec.path[0]! in answers)) errors[spec.path[0]!] ??= `Enter ${spec.text.label.toLowerCase()}.`;
  if (Object.keys(errors).length) return { ok: false, errors };
  const list = Array.isArray(draft[place.list]) ? [...(draft[place.list] as unknown[])] : [];
  const position = index >= 0 && index < list.length ? index : list.length;
  list[position] = answers;
  return { ok: true, patch: { [place.list]: list }, index: position };
}

/** Removes one entry of a list step. */
export function removeEntry(kind: "tool" | "breach", index: number, draft: DraftContent): Patch {
  const place = STEPS[kind].place as { list: "aiTools" | "breaches" };
  const list = Array.isArray(draft[place.list]) ? [...(draft[place.list] as unknown[])] : [];
  list.splice(index, 1);
  return { [place.list]: list };
}
