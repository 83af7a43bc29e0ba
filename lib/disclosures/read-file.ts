import { FieldError } from "@/lib/errors";
import { locateProblem } from "./problem-location";
import { DISCLOSURE_SCHEMA_VERSION } from "./schema";
import { draftProblems, type DraftContent } from "./validate";

/** A disclosure is a few kilobytes; anything this big is not one. */
export const MAX_DISCLOSURE_BYTES = 512 * 1024;

/**
 * The text of a disclosure file (uploaded, or fetched from a facility's site) as draft content, or
 * a FieldError on `field` that lists every invalid answer: fixing a file one error at a time, a
 * round trip each, is what the full list spares people.
 */
export function readDisclosureText(text: string, field: string, subject: string): DraftContent {
  let content: unknown;
  try {
    content = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new FieldError(field, `${subject} is not valid JSON. Export it again from ScanAware, or check it with npm run validate.`);
  }
  if (!content || typeof content !== "object" || (content as DraftContent).schemaVersion !== DISCLOSURE_SCHEMA_VERSION) {
    throw new FieldError(
      field,
      `${subject} is not a disclosure in format ${DISCLOSURE_SCHEMA_VERSION} (its "schemaVersion" must be "${DISCLOSURE_SCHEMA_VERSION}").`,
    );
  }
  const problems = draftProblems(content);
  if (problems.length) {
    throw new FieldError(
      field,
      `${subject} has ${problems.length} answer${problems.length === 1 ? "" : "s"} that ${problems.length === 1 ? "is" : "are"} not valid; nothing was imported.`,
      problems.map((problem) => `${locateProblem(problem).where} (${problem.path}): ${problem.message}`),
    );
  }
  return content as DraftContent;
}
