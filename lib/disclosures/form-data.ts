import { UNANSWERED_STATES, type UnansweredState } from "./answer";
import type { QuestionSpec } from "./form-questions";
import { MULTI_SEPARATOR } from "@/lib/forms/form-state";
import type { Problem } from "./validate";
import { valueAt } from "./value-at";

// A step of the disclosure form, to and from the flat names of an HTML form. Pure: the server
// action parses with it, the page fills the fields with it, and both work without JavaScript.

export { MULTI_SEPARATOR };

export const fieldName = (spec: QuestionSpec) => spec.path.join(".");
export const stateName = (spec: QuestionSpec) => `${fieldName(spec)}~state`;
export const indefiniteName = (spec: QuestionSpec) => `${fieldName(spec)}~indefinite`;
export const URL_SLOTS = 3;

type Json = Record<string, unknown>;

const isUnanswered = (value: unknown): value is UnansweredState => UNANSWERED_STATES.includes(value as UnansweredState);
const answered = (value: unknown) => ({ state: "answered", value });

function setAt(target: Json, path: string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Json;
  node[path.at(-1)!] = value;
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

/** The answer the form gives to one question; undefined when it is left unanswered. */
function readAnswer(spec: QuestionSpec, form: FormData): unknown {
  const name = fieldName(spec);
  if (spec.kind === "required" || spec.kind === "optional") return text(form, name) || undefined;
  if (spec.kind === "yesno" || spec.kind === "choice") {
    const choice = text(form, name);
    if (isUnanswered(choice)) return { state: choice };
    if (!choice) return undefined;
    return answered(spec.kind === "yesno" ? choice === "yes" : choice);
  }
  const state = text(form, stateName(spec));
  if (isUnanswered(state)) return { state };
  switch (spec.kind) {
    case "multi": {
      const chosen = form.getAll(name).filter((value): value is string => typeof value === "string");
      return chosen.length ? answered(chosen) : undefined;
    }
    case "urls": {
      const urls = Array.from({ length: URL_SLOTS }, (_, slot) => text(form, `${name}.${slot}`)).filter(Boolean);
      return urls.length ? answered(urls) : undefined;
    }
    case "years": {
      if (form.get(indefiniteName(spec))) return answered({ years: null });
      const years = text(form, name);
      return years ? answered({ years: /^\d+(\.\d+)?$/.test(years) ? Number(years) : years }) : undefined;
    }
    case "count": {
      const count = text(form, name);
      return count ? answered(/^\d+$/.test(count) ? Number(count) : count) : undefined;
    }
    default: {
      const value = text(form, name);
      return value ? answered(value) : undefined;
    }
  }
}

/** The step's part of the disclosure from a posted form: unanswered questions are left out. */
export function readStep(specs: QuestionSpec[], form: FormData): Json {
  const result: Json = {};
  for (const spec of specs) {
    const value = readAnswer(spec, form);
    if (value !== undefined) setAt(result, spec.path, value);
  }
  return result;
}

/** The form's field values for saved answers, to fill the fields. */
export function stepValues(specs: QuestionSpec[], content: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const spec of specs) {
    const name = fieldName(spec);
    const stored = valueAt(content, spec.path);
    if (stored === undefined) continue;
    if (typeof stored === "string") {
      values[name] = stored;
      continue;
    }
    const answer = stored as { state: string; value?: unknown };
    if (answer.state !== "answered") {
      values[spec.kind === "yesno" || spec.kind === "choice" ? name : stateName(spec)] = answer.state;
      continue;
    }
    const value = answer.value;
    if (spec.kind === "yesno") values[name] = value ? "yes" : "no";
    else if (spec.kind === "multi") values[name] = (value as string[]).join(MULTI_SEPARATOR);
    else if (spec.kind === "urls") (value as string[]).forEach((url, slot) => (values[`${name}.${slot}`] = url));
    else if (spec.kind === "years") {
      const years = (value as { years: number | null }).years;
      if (years === null) values[indefiniteName(spec)] = "on";
      else values[name] = String(years);
    } else values[name] = String(value);
  }
  return values;
}

/** Problems at paths inside the step, as errors by field name (the first one per field). */
export function stepErrors(specs: QuestionSpec[], problems: Problem[], prefix: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    if (!problem.path.startsWith(prefix)) continue;
    const inner = problem.path.slice(prefix.length).split(".");
    const spec = specs.find((candidate) => candidate.path.every((key, index) => inner[index] === key));
    if (spec) errors[fieldName(spec)] ??= problem.message;
  }
  return errors;
}
