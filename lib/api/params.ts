import { z } from "zod";
import { RUNS_WHERE, VENDOR_TRAINING } from "@/lib/disclosures/schema";
import { searchParamsSchema } from "@/lib/facilities/search-params";
import { US_STATE_CODES } from "@/lib/facilities/us-states";
import { cursorParam, limitSchema } from "./cursor";

// The public API's query parameters, as zod schemas: the routes parse with them and the OpenAPI
// document describes them.

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const facilitiesQuery = searchParamsSchema
  .omit({ page: true })
  .extend({ limit: limitSchema, cursor: cursorParam })
  .meta({ description: "The site's search: text, a ZIP code and radius, filters and disclosed facts." });

export const IDENTIFIER_HELP = "Expected a facility id (a UUID), a CMS Certification Number (6 characters) or an NPI (10 digits)";

const notAnswered = ["unknown", "declined", "not_applicable"] as const;

export const aiToolsQuery = z.object({
  vendor: optional(
    z
      .string()
      .trim()
      .max(200, { error: "Use at most 200 characters" })
      // PostgreSQL text cannot hold NUL, and no vendor's name has control characters.
      .regex(/^[^\p{Cc}]*$/u, { error: "Use letters, numbers and punctuation only" }),
  ).meta({
    description: "The vendor's name, ignoring case.",
  }),
  fdaNumber: optional(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^(K\d{6}|DEN\d{6}|P\d{6}(\/S\d{3})?)$/, { error: "An FDA number looks like K213456, DEN190040 or P200003" }),
  ),
  runsWhere: optional(z.enum([...RUNS_WHERE, ...notAnswered], { error: `Expected one of ${[...RUNS_WHERE, ...notAnswered].join(", ")}` })),
  vendorTraining: optional(
    z.enum([...VENDOR_TRAINING, ...notAnswered], { error: `Expected one of ${[...VENDOR_TRAINING, ...notAnswered].join(", ")}` }),
  ),
  limit: limitSchema,
  cursor: cursorParam,
});

export const changesQuery = z.object({
  since: optional(z.string().regex(/^\d{1,18}$/, { error: "Expected the id of a change, e.g. 1234" })).meta({
    description: "Only changes after this one (the `id` of the last change seen).",
  }),
  state: optional(z.enum(US_STATE_CODES, { error: "Expected a two-letter state code, e.g. IL" })),
  facility: optional(z.uuid({ error: "Expected a facility id (a UUID)" })),
  limit: limitSchema,
});

export type QueryResult<T> = { data: T; errors: null } | { data: null; errors: Record<string, string> };

/** Parses the query string with `schema`, naming every invalid parameter (first problem of each). */
export function readQuery<T extends z.ZodObject>(schema: T, params: URLSearchParams): QueryResult<z.output<T>> {
  const raw = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, params.get(name) ?? undefined]));
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, errors: null };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return { data: null, errors };
}
