import type { z } from "zod";
import { disclosureSchema, type Disclosure } from "./schema";
import { valueAt } from "./value-at";

/** One thing wrong with a disclosure, at a path such as `aiTools.1.fdaNumber.value`. */
export interface Problem {
  path: string;
  message: string;
}

/** A draft: the disclosure format with any question not answered yet simply absent. */
export type DraftContent = { schemaVersion: string } & { [K in keyof Omit<Disclosure, "schemaVersion">]?: unknown };

const MISSING: Record<string, string> = {
  object: "Not answered yet: answer it, or say that it is unknown, not applicable or declined.",
  array: "Not answered yet: list each one, or save the step to say there are none.",
};

function problemsOf(error: z.ZodError, content: unknown): Problem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message:
      valueAt(content, issue.path) === undefined && issue.code === "invalid_type"
        ? (MISSING[issue.expected] ?? "Missing: every entry needs it.")
        : issue.message,
  }));
}

/** Every problem in a disclosure to publish or a file to import: all of them, not just the first. */
export function validateDisclosure(content: unknown): { ok: true; disclosure: Disclosure } | { ok: false; problems: Problem[] } {
  const result = disclosureSchema.safeParse(content);
  return result.success ? { ok: true, disclosure: result.data } : { ok: false, problems: problemsOf(result.error, content) };
}

/**
 * The problems of a draft: answers given that are not valid. A question not answered yet is not
 * an error while drafting; publishing needs every answer (validateDisclosure).
 */
export function draftProblems(content: unknown): Problem[] {
  const result = disclosureSchema.safeParse(content);
  if (result.success) return [];
  return problemsOf(result.error, content).filter((_problem, index) => valueAt(content, result.error.issues[index]!.path) !== undefined);
}
