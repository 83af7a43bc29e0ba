import { z } from "zod";
import { MODALITIES } from "@/lib/disclosures/schema";
import { FACILITY_KINDS } from "./schema";
import { normalizeForSearch } from "./search-text";
import { US_STATE_CODES } from "./us-states";

// What the /facilities URL (and later the API) may hold. Client-safe: the search form and the
// server read the same schema, so the URL is the whole state of a search.

/** score: the transparency score, highest first, facilities without one last. */
export const SORTS = ["relevance", "distance", "name", "updated", "score"] as const;
export const RADIUS = { min: 5, max: 100, default: 25 } as const;
export const PAGE_SIZE = 20;
export const MAX_PAGE = 10_000;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/**
 * What can be wrong with a search parameter, in English: the API's words. The search page shows
 * the same problem in its own language, found by key (searchErrorKey).
 */
export const SEARCH_ERRORS = {
  textTooLong: "Search for at most 100 characters",
  textWithoutLetters: "Search with letters or numbers: a facility's name, a city or a ZIP code",
  zip: "A ZIP code is 5 digits, e.g. 60614",
  radius: `Choose a distance from ${RADIUS.min} to ${RADIUS.max}`,
  radiusWhole: "Choose a whole number for the distance",
  unit: "Choose miles (mi) or kilometres (km)",
  state: "Choose a state from the list",
  kind: "Choose a kind of facility from the list",
  disclosure: "Choose disclosed or not yet disclosed",
  trueOrFalse: "Expected true or false",
  modality: "Choose a kind of scan from the list",
  sort: "Choose how to sort from the list",
  page: "Page must be a whole number from 1",
  pageTooHigh: `Page must be at most ${MAX_PAGE}`,
} as const;

export type SearchErrorKey = keyof typeof SEARCH_ERRORS;

const ERROR_KEYS = new Map(Object.entries(SEARCH_ERRORS).map(([key, message]) => [message as string, key as SearchErrorKey]));

/** The key of a message readSearch reported, to say it in another language. */
export function searchErrorKey(message: string): SearchErrorKey | undefined {
  return ERROR_KEYS.get(message);
}

export const searchParamsSchema = z.object({
  q: optional(z.string().trim().max(100, { error: SEARCH_ERRORS.textTooLong })),
  near: optional(
    z
      .string()
      .trim()
      .regex(/^\d{5}$/, { error: SEARCH_ERRORS.zip }),
  ),
  radius: optional(
    z.coerce
      .number({ error: SEARCH_ERRORS.radius })
      .int({ error: SEARCH_ERRORS.radiusWhole })
      .min(RADIUS.min, { error: SEARCH_ERRORS.radius })
      .max(RADIUS.max, { error: SEARCH_ERRORS.radius }),
  ),
  unit: optional(z.enum(["mi", "km"], { error: SEARCH_ERRORS.unit })),
  state: optional(z.enum(US_STATE_CODES, { error: SEARCH_ERRORS.state })),
  kind: optional(z.enum(FACILITY_KINDS, { error: SEARCH_ERRORS.kind })),
  disclosure: optional(z.enum(["disclosed", "not-disclosed"], { error: SEARCH_ERRORS.disclosure })),
  onSiteOnly: optional(z.stringbool({ error: SEARCH_ERRORS.trueOrFalse })),
  noCloudAbroad: optional(z.stringbool({ error: SEARCH_ERRORS.trueOrFalse })),
  noTraining: optional(z.stringbool({ error: SEARCH_ERRORS.trueOrFalse })),
  optOut: optional(z.stringbool({ error: SEARCH_ERRORS.trueOrFalse })),
  modality: optional(z.enum(MODALITIES, { error: SEARCH_ERRORS.modality })),
  sort: optional(z.enum(SORTS, { error: SEARCH_ERRORS.sort })),
  page: optional(
    z.coerce
      .number({ error: SEARCH_ERRORS.page })
      .int({ error: SEARCH_ERRORS.page })
      .min(1, { error: SEARCH_ERRORS.page })
      .max(MAX_PAGE, { error: SEARCH_ERRORS.pageTooHigh }),
  ),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

export interface FacilitySearch {
  text?: string;
  near?: string;
  radius: number;
  unit: "mi" | "km";
  state?: SearchParams["state"];
  kind?: SearchParams["kind"];
  disclosure?: SearchParams["disclosure"];
  /** What the facility's current disclosure says; each one set narrows to disclosed facilities. */
  facts: DisclosedFacts;
  sort: (typeof SORTS)[number];
  page: number;
  /** Rows to skip and return instead of `page` (the API's cursor and page size). */
  window?: { offset: number; limit: number };
}

export interface DisclosedFacts {
  /** No AI, or every AI tool runs on-site. */
  onSiteOnly?: boolean;
  /** No AI, or every AI tool runs on-site or in a cloud the disclosure places in the United States. */
  noCloudAbroad?: boolean;
  /** Not shared for AI training, and no vendor trains on the scans. */
  noTraining?: boolean;
  optOut?: boolean;
  modality?: SearchParams["modality"];
}

export type FieldErrors = Partial<Record<keyof SearchParams, string>>;

/** URL parameters with one value each: the first of a repeated parameter. */
export function firstValues(raw: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

/**
 * Reads a search from URL parameters. Invalid parameters are reported by field and dropped, so
 * the page still shows results for the rest. A lone ZIP code in the search box searches near it.
 */
export function readSearch(raw: Record<string, string | string[] | undefined>): { search: FacilitySearch; errors: FieldErrors } {
  const first = firstValues(raw);
  const errors: FieldErrors = {};
  const values: SearchParams = {};
  for (const [key, schema] of Object.entries(searchParamsSchema.shape) as [keyof SearchParams, z.ZodType][]) {
    const result = schema.safeParse(first[key]);
    if (result.success) (values as Record<string, unknown>)[key] = result.data;
    else errors[key] = result.error.issues[0]?.message;
  }
  let text = values.q;
  let near = values.near;
  // A ZIP code typed in the search box is a place: searched near, or (when "Near ZIP code" is
  // filled in too) already covered by it.
  if (text && /^\d{5}$/.test(text)) {
    near ??= text;
    text = undefined;
  }
  if (text !== undefined && normalizeForSearch(text) === "") {
    errors.q = SEARCH_ERRORS.textWithoutLetters;
    text = undefined;
  }
  const sort = values.sort ?? (text ? "relevance" : near ? "distance" : "name");
  return {
    search: {
      text,
      near,
      radius: values.radius ?? RADIUS.default,
      unit: values.unit ?? "mi",
      state: values.state,
      kind: values.kind,
      disclosure: values.disclosure,
      facts: {
        onSiteOnly: values.onSiteOnly,
        noCloudAbroad: values.noCloudAbroad,
        noTraining: values.noTraining,
        optOut: values.optOut,
        modality: values.modality,
      },
      sort: sort === "distance" && !near ? "name" : sort === "relevance" && !text ? (near ? "distance" : "name") : sort,
      page: values.page ?? 1,
    },
    errors,
  };
}

export const KM_PER_MILE = 1.609344;
