import "server-only";
import { db } from "@/lib/db";
import type { FacilityKindValue } from "@/lib/facilities/schema";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { memoizeFor } from "@/lib/memo";
import { buildStatistics } from "./build";
import type { Counts, Statistics, TextCount, ValueCount } from "./statistics";

// The registry's statistics, counted from the public rows of each facility's current version.
// Sample facilities are never counted. All queries read one snapshot (REPEATABLE READ), so a
// disclosure published meanwhile cannot make one figure disagree with another.

const TOP_VENDORS = 10;
const CLOUD = ["facility_cloud", "vendor_cloud", "hybrid"];

/** Free text with its spaces trimmed and runs of spaces made one: "Acme  AI " and "acme ai" are one group. */
const tidy = (column: string) => Prisma.sql`regexp_replace(btrim(${Prisma.raw(column)}), '\\s+', ' ', 'g')`;

type Answers = { question: string; value: string; count: number }[];

const pick = (answers: Answers, question: string): ValueCount[] =>
  answers.filter((row) => row.question === question).map(({ value, count }) => ({ value, count }));

async function readCounts(): Promise<Counts> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SET TRANSACTION READ ONLY`;
      const [totals] = await tx.$queryRaw<{ computed_at: Date; tools: number; facilities_with_tools: number }[]>`
        SELECT now() AS computed_at, count(*)::int AS tools, count(DISTINCT t.facility_id)::int AS facilities_with_tools
          FROM public_ai_tool t JOIN facility f ON f.id = t.facility_id AND NOT f.is_sample`;
      const facilities = await tx.$queryRaw<{ state: string; kind: FacilityKindValue; listed: number; disclosed: number }[]>`
        SELECT f.state, f.kind::text AS kind, count(*)::int AS listed, count(p.facility_id)::int AS disclosed
          FROM facility f LEFT JOIN public_disclosure p ON p.facility_id = f.id
         WHERE NOT f.is_sample
         GROUP BY f.state, f.kind`;
      const facilityAnswers = await tx.$queryRaw<Answers>`
        SELECT a.question, a.value, count(*)::int AS count
          FROM public_disclosure p JOIN facility f ON f.id = p.facility_id AND NOT f.is_sample
         CROSS JOIN LATERAL (VALUES ('usesAi', p.uses_ai), ('aiTrainingSharing', p.ai_training_sharing),
                                    ('optOutOffered', p.opt_out_offered)) AS a(question, value)
         GROUP BY 1, 2`;
      const toolAnswers = await tx.$queryRaw<Answers>`
        SELECT a.question, a.value, count(*)::int AS count
          FROM public_ai_tool t JOIN facility f ON f.id = t.facility_id AND NOT f.is_sample
         CROSS JOIN LATERAL (VALUES ('runsWhere', t.runs_where), ('vendorTraining', t.vendor_training)) AS a(question, value)
         GROUP BY 1, 2`;
      const cloudRegions = await tx.$queryRaw<TextCount[]>`
        SELECT lower(${tidy("t.region")}) AS key, mode() WITHIN GROUP (ORDER BY ${tidy("t.region")}) AS label, count(*)::int AS count
          FROM public_ai_tool t JOIN facility f ON f.id = t.facility_id AND NOT f.is_sample
         WHERE t.runs_where IN (${Prisma.join(CLOUD)})
         GROUP BY 1
         ORDER BY 3 DESC, 1`;
      const vendors = await tx.$queryRaw<TextCount[]>`
        SELECT lower(${tidy("t.vendor")}) AS key, mode() WITHIN GROUP (ORDER BY ${tidy("t.vendor")}) AS label,
               count(DISTINCT t.facility_id)::int AS count
          FROM public_ai_tool t JOIN facility f ON f.id = t.facility_id AND NOT f.is_sample
         GROUP BY 1
         ORDER BY 3 DESC, count(*) DESC, 1
         LIMIT ${TOP_VENDORS}`;
      return {
        computedAt: totals!.computed_at,
        facilities,
        usesAi: pick(facilityAnswers, "usesAi"),
        aiTrainingSharing: pick(facilityAnswers, "aiTrainingSharing"),
        optOutOffered: pick(facilityAnswers, "optOutOffered"),
        runsWhere: pick(toolAnswers, "runsWhere"),
        vendorTraining: pick(toolAnswers, "vendorTraining"),
        cloudRegions,
        vendors,
        tools: totals!.tools,
        facilitiesWithTools: totals!.facilities_with_tools,
      };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
}

/** Counted now, from the database. */
export async function computeStatistics(): Promise<Statistics> {
  return buildStatistics(await readCounts());
}

/** Counted at most every 5 minutes, however many people ask, in whatever language. */
const getCounts = memoizeFor(5 * 60_000, readCounts);

/** What the page and the downloads show, labelled in `locale` (English for the downloads). */
export async function getStatistics(locale: Locale = "en"): Promise<Statistics> {
  return buildStatistics(await getCounts(), locale);
}
