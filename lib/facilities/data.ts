import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { memoizeFor } from "@/lib/memo";
import { locateZip } from "./geocode";
import { US_REGION_PATTERN } from "./us-region";
import type { SampleFacility } from "./samples";
import { KM_PER_MILE, PAGE_SIZE, type DisclosedFacts, type FacilitySearch } from "./search-params";
import { facilitySearchText, normalizeForSearch } from "./search-text";

/**
 * Real facilities a patient can look up; sample facilities are never counted. Counting 100,000
 * rows on every view of the home page is its whole cost, so the count may lag by seconds.
 */
export const countListedFacilities = memoizeFor(5_000, () => db().facility.count({ where: { isSample: false } }));

/** Creates the sample facilities that do not exist yet; existing ones are left as they are. */
export async function createSampleFacilities(samples: SampleFacility[]): Promise<number> {
  const { count } = await db().facility.createMany({
    data: samples.map((sample) => {
      const location = locateZip(sample.zip);
      return {
        ...sample,
        source: "MODERATOR" as const,
        isSample: true,
        searchText: facilitySearchText(sample),
        latitude: location?.latitude,
        longitude: location?.longitude,
        locationPrecision: location?.precision,
      };
    }),
    skipDuplicates: true,
  });
  return count;
}

const facilitySummary = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  city: true,
  state: true,
  zip: true,
  isSample: true,
  disclosedAt: true,
  updatedAt: true,
} satisfies Prisma.FacilitySelect;

export type FacilitySummary = Prisma.FacilityGetPayload<{ select: typeof facilitySummary }> & {
  /** In the unit of the search; null when the search is not around a place. */
  distance: number | null;
  /** Transparency score (0–100) of the current disclosure under the current rubric; null: none. */
  score: number | null;
};

export type SearchOutcome =
  | { kind: "results"; facilities: FacilitySummary[]; total: number; capped: boolean; pageCount: number }
  | { kind: "unknown-zip"; zip: string };

/** Counting stops here: "more than 1,000" is all a patient needs, and counting on is slow. */
const COUNT_CAP = 1_000;
const EARTH_RADIUS_MILES = 3958.7613;

/**
 * The patients' search: typo-tolerant text (trigram word similarity on name, city, state and
 * ZIP, ignoring case, accents and word order), a radius around a ZIP code, and filters.
 */
export async function searchFacilities(search: FacilitySearch): Promise<SearchOutcome> {
  const outcome = await runSearch(search, search.text ? await textQuery(search.text, "unknown words") : undefined);
  // Nothing found: a typed word may be a real word of another facility ("centre", a town, for
  // "center"). Try again correcting every word.
  if (search.text && outcome.kind === "results" && outcome.total === 0) {
    return runSearch(search, await textQuery(search.text, "every word"));
  }
  return outcome;
}

async function runSearch(search: FacilitySearch, text: TextQuery | undefined): Promise<SearchOutcome> {
  const conditions: Prisma.Sql[] = [];
  let distance: Prisma.Sql | undefined;

  if (text) conditions.push(Prisma.sql`search_vector @@ to_tsquery('simple', ${text.match})`);
  if (search.state) conditions.push(Prisma.sql`state = ${search.state}`);
  if (search.kind) conditions.push(Prisma.sql`kind = ${search.kind}::"FacilityKind"`);
  if (search.disclosure)
    conditions.push(search.disclosure === "disclosed" ? Prisma.sql`disclosed_at IS NOT NULL` : Prisma.sql`disclosed_at IS NULL`);
  const facts = factConditions(search.facts);
  if (facts.length) conditions.push(Prisma.sql`id IN (SELECT facility_id FROM public_disclosure WHERE ${Prisma.join(facts, " AND ")})`);
  if (search.near) {
    const origin = locateZip(search.near);
    if (!origin) return { kind: "unknown-zip", zip: search.near };
    const radiusMiles = search.unit === "km" ? search.radius / KM_PER_MILE : search.radius;
    const perUnit = search.unit === "km" ? KM_PER_MILE : 1;
    const miles = Prisma.sql`${EARTH_RADIUS_MILES}::float8 * 2 * asin(sqrt(
      power(sin(radians(latitude - ${origin.latitude}::float8) / 2), 2) +
      cos(radians(${origin.latitude}::float8)) * cos(radians(latitude)) * power(sin(radians(longitude - ${origin.longitude}::float8) / 2), 2)))`;
    distance = Prisma.sql`(${miles}) * ${perUnit}::float8`;
    // A bounding box first, so the index on (latitude, longitude) does the coarse work.
    const latSpan = radiusMiles / 69;
    const lngSpan = radiusMiles / (69 * Math.max(Math.cos((origin.latitude * Math.PI) / 180), 0.01));
    conditions.push(
      Prisma.sql`latitude BETWEEN ${origin.latitude - latSpan}::float8 AND ${origin.latitude + latSpan}::float8`,
      Prisma.sql`longitude BETWEEN ${origin.longitude - lngSpan}::float8 AND ${origin.longitude + lngSpan}::float8`,
      Prisma.sql`${miles} <= ${radiusMiles}::float8`,
    );
  }

  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  // Relevance: with corrections, how much of the query as typed a facility holds; without, every
  // match holds every word, so the words in the order typed, first at the start of the name.
  const rank = !text
    ? Prisma.sql`0::real`
    : text.corrected
      ? Prisma.sql`ts_rank(search_vector, to_tsquery('simple', ${text.exact}))`
      : Prisma.sql`((search_text LIKE ${`${text.phrase}%`})::int * 2 + (search_text LIKE ${`%${text.phrase}%`})::int)::real`;
  const order = {
    relevance: Prisma.sql`rank DESC, lower(name)`,
    distance: distance ? Prisma.sql`distance` : Prisma.sql`lower(name)`,
    name: Prisma.sql`lower(name)`,
    updated: Prisma.sql`"updatedAt" DESC`,
    score: Prisma.sql`score DESC NULLS LAST, lower(name)`,
  }[search.sort];

  const columns = Prisma.sql`id, slug, name, kind, city, state, zip, "isSample", "disclosedAt", "updatedAt", distance, score`;
  const matches = Prisma.sql`
    SELECT id, slug, name, kind, city, state, zip, is_sample AS "isSample", disclosed_at AS "disclosedAt",
           updated_at AS "updatedAt", ${distance ?? Prisma.sql`NULL::float8`} AS distance, ${rank} AS rank, score
    FROM facility ${where}`;
  const window = search.window ?? { offset: (search.page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const limit = Prisma.sql`LIMIT ${window.limit} OFFSET ${window.offset}`;

  // Collect up to COUNT_CAP + 1 matches, count them and sort them: exact when there are no more
  // (MATERIALIZED keeps the planner from walking a whole index to find a few matches).
  const few = await db().$queryRaw<(FacilitySummary & { total: bigint })[]>`
    WITH matches AS MATERIALIZED (${matches} LIMIT ${COUNT_CAP + 1})
    SELECT ${columns}, (SELECT count(*) FROM matches) AS total FROM matches ORDER BY ${order}, id ${limit}`;
  const count = few.length ? Number(few[0]!.total) : await countUpTo(where, COUNT_CAP + 1);
  const capped = count > COUNT_CAP;
  const total = Math.min(count, COUNT_CAP);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // Many matches: the collected ones are only some of them, so page through all of them, which
  // is fast because a page of dense matches is found early in index order (by name, then).
  const denseOrder = search.sort === "relevance" && !text?.corrected ? Prisma.sql`lower(name)` : order;
  const facilities =
    window.offset >= total && window.offset > 0
      ? []
      : capped
        ? await db().$queryRaw<FacilitySummary[]>`SELECT ${columns} FROM (${matches}) AS matches ORDER BY ${denseOrder}, id ${limit}`
        : few.map(({ total: _, ...facility }) => facility);
  return { kind: "results", facilities, total, capped, pageCount };
}

/** The disclosed facts asked for, as conditions on public_disclosure. */
function factConditions(facts: DisclosedFacts): Prisma.Sql[] {
  return [
    facts.onSiteOnly && Prisma.sql`(uses_ai = 'no' OR (uses_ai = 'yes' AND tool_count > 0 AND runs_where <@ ARRAY['on_site']))`,
    facts.noCloudAbroad &&
      Prisma.sql`(uses_ai = 'no' OR (uses_ai = 'yes' AND tool_count > 0 AND NOT EXISTS (
        SELECT 1 FROM public_ai_tool t WHERE t.facility_id = public_disclosure.facility_id AND t.runs_where <> 'on_site'
          AND NOT (t.runs_where IN ('facility_cloud', 'vendor_cloud', 'hybrid') AND t.region ~* ${US_REGION_PATTERN}))))`,
    facts.noTraining && Prisma.sql`ai_training_sharing = 'none' AND vendor_training <@ ARRAY['no', 'not_applicable']`,
    facts.optOut && Prisma.sql`opt_out_offered = 'yes'`,
    facts.modality && Prisma.sql`modalities @> ARRAY[${facts.modality}]`,
  ].filter((condition): condition is Prisma.Sql => Boolean(condition));
}

/** For a page past the end of the matches: how many there are, up to `limit`. */
async function countUpTo(where: Prisma.Sql, limit: number): Promise<number> {
  const [row] = await db().$queryRaw<
    { count: bigint }[]
  >`SELECT count(*) AS count FROM (SELECT 1 FROM facility ${where} LIMIT ${limit}) AS matches`;
  return Number(row?.count ?? 0);
}

const MAX_TOKENS = 8;
const ALTERNATIVES_PER_WORD = 8;

/**
 * Turns what a patient typed into full-text queries. A word no facility contains (or, when asked,
 * any word) may also match the closest words that facilities do contain (trigram similarity:
 * "hospitl" → "hospital"); the last word
 * may also be the start of a word. Word order does not matter.
 * `match` finds facilities; `exact` ranks those that contain the words as typed first.
 */
interface TextQuery {
  /** The words as typed, normalised. */
  phrase: string;
  match: string;
  exact: string;
  corrected: boolean;
}

async function textQuery(input: string, correct: "unknown words" | "every word"): Promise<TextQuery | undefined> {
  const tokens = [...new Set(normalizeForSearch(input).split(" ").filter(Boolean))].slice(0, MAX_TOKENS);
  if (tokens.length === 0) return undefined;
  // CASE evaluates the look-up only for unknown words; the similarity search uses the trigram index.
  const corrections = await db().$queryRaw<{ token: string; words: string[] }[]>`
    SELECT t.token, CASE WHEN (known.word IS NULL OR ${correct === "every word"}) AND length(t.token) > 2 THEN ARRAY(
      SELECT w.word FROM facility_word w WHERE w.word % t.token
      ORDER BY w.word <-> t.token, w.word
      LIMIT ${ALTERNATIVES_PER_WORD}) ELSE ARRAY[]::text[] END AS words
    FROM unnest(${tokens}::text[]) AS t(token)
    LEFT JOIN facility_word known ON known.word = t.token`;
  const alternatives = new Map(corrections.map((row) => [row.token, row.words]));
  const last = tokens.length - 1;
  const prefix = (token: string, index: number) => (index === last && token.length >= 2 ? [`${token}:*`] : []);
  // Tokens and words are [a-z0-9] only (normalizeForSearch), so they are safe tsquery terms.
  const match = tokens
    .map((token, index) => `(${[...new Set([token, ...prefix(token, index), ...(alternatives.get(token) ?? [])])].join(" | ")})`)
    .join(" & ");
  const exact = tokens.flatMap((token, index) => [token, ...prefix(token, index)]).join(" | ");
  return { phrase: tokens.join(" "), match, exact, corrected: corrections.some((row) => row.words.some((word) => word !== row.token)) };
}

export const facilityDetail = {
  ...facilitySummary,
  ccn: true,
  npi: true,
  address: true,
  county: true,
  phone: true,
  website: true,
  ownership: true,
  locationPrecision: true,
  source: true,
  createdAt: true,
} satisfies Prisma.FacilitySelect;

export type FacilityDetail = Prisma.FacilityGetPayload<{ select: typeof facilityDetail }>;

/** A facility by its slug; anything that cannot be a slug is simply not found. */
export async function getFacilityBySlug(slug: string): Promise<FacilityDetail | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  return db().facility.findUnique({ where: { slug }, select: facilityDetail });
}

export function getFacilityById(id: string): Promise<FacilityDetail | null> {
  return db().facility.findUnique({ where: { id }, select: facilityDetail });
}
