import { z } from "zod";
import { RUNS_WHERE, VENDOR_TRAINING } from "@/lib/disclosures/schema";
import { searchParamsSchema } from "@/lib/facilities/search-params";
import { US_STATE_CODES } from "@/lib/facilities/us-states";
import { cursorParam, limitSchema } from "./cursor";

// The public API's query parameters, as zod schemas: the routes parse with them and the OpenAPI
// document describes them.

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const searchParam = searchParamsSchema.shape;

export const facilitiesQuery = z.object({
  q: searchParam.q.meta({ description: "A facility's name, a city or a ZIP code; typos and word order are forgiven." }),
  near: searchParam.near.meta({ description: "A 5-digit ZIP code to search around." }),
  radius: searchParam.radius.meta({ description: "Distance around `near`, in `unit` (default 25)." }),
  unit: searchParam.unit.meta({ description: "mi (default) or km." }),
  state: searchParam.state.meta({ description: "Two-letter state or territory code." }),
  kind: searchParam.kind.meta({ description: "Kind of facility." }),
  disclosure: searchParam.disclosure.meta({ description: "Only facilities that have, or have not yet, published a disclosure." }),
  onSiteOnly: searchParam.onSiteOnly.meta({ description: "true: disclosed, and uses no AI or runs every AI tool on-site." }),
  noCloudAbroad: searchParam.noCloudAbroad.meta({
    description: "true: disclosed, and uses no AI or runs every AI tool on-site or in a cloud it places in the United States.",
  }),
  noTraining: searchParam.noTraining.meta({
    description: "true: disclosed that scans are not shared to train AI, and no vendor trains on them.",
  }),
  optOut: searchParam.optOut.meta({ description: "true: disclosed that patients can opt out." }),
  modality: searchParam.modality.meta({
    description: "Has an AI tool that reads this kind of scan (CT, MR, XR, MG, US, PET, NM, FL, OTHER).",
  }),
  sort: searchParam.sort.meta({
    description:
      "relevance (with `q`), distance (with `near`), name, updated, or score (transparency score, highest first; facilities without one last).",
  }),
  limit: limitSchema,
  cursor: cursorParam,
});

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
