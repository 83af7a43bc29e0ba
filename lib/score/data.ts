import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RUBRIC_VERSION, type ScorableDisclosure } from "./rubric";
import { scoreDisclosure, type ScoreResult, type ScoredItem } from "./score";

// Stored scores: one row per version and rubric version, written when a version is published and
// at start-up for public versions still lacking one under the current rubric (rescoreMissing).
// The current one is also copied onto the facility's row, which search sorts by.

type ScoreWriter = Pick<Prisma.TransactionClient, "disclosureScore" | "facility">;

const row = (versionId: string, result: ScoreResult): Prisma.DisclosureScoreCreateManyInput => ({
  versionId,
  rubricVersion: result.rubricVersion,
  score: result.score,
  earned: result.earned,
  possible: result.possible,
  items: result.items as unknown as Prisma.InputJsonArray,
});

/** Scores a version under the current rubric, inside the caller's transaction (publication). */
async function saveScore(tx: ScoreWriter, versionId: string, content: unknown): Promise<ScoreResult> {
  const result = scoreDisclosure(content as ScorableDisclosure);
  await tx.disclosureScore.createMany({ data: [row(versionId, result)], skipDuplicates: true });
  return result;
}

/**
 * Makes `version` the one the public sees for the facility (null: none left): scores it under the
 * current rubric and records its date and score on the facility. Publication, withdrawal and the
 * sample seed all end with this, inside their transaction.
 */
export async function showVersion(
  tx: ScoreWriter,
  facilityId: string,
  version: { id: string; publishedAt: Date; content: unknown } | null,
): Promise<void> {
  const score = version ? (await saveScore(tx, version.id, version.content)).score : null;
  await tx.facility.update({ where: { id: facilityId }, data: { disclosedAt: version?.publishedAt ?? null, score } });
}

/**
 * The score of a version under the current rubric: stored, or (not scored yet: a rubric bumped
 * since the last start) computed now from the same pure function.
 */
export async function getScore(versionId: string, content: unknown): Promise<ScoreResult> {
  const stored = await db().disclosureScore.findUnique({
    where: { versionId_rubricVersion: { versionId, rubricVersion: RUBRIC_VERSION } },
    select: { rubricVersion: true, score: true, earned: true, possible: true, items: true },
  });
  if (!stored) return scoreDisclosure(content as ScorableDisclosure);
  return { ...stored, earned: Number(stored.earned), possible: Number(stored.possible), items: stored.items as unknown as ScoredItem[] };
}

const BATCH = 500;

/**
 * Scores every facility's current public version that has no score under the current rubric: a
 * rubric version bump, a restored backup, versions published before scores existed; then copies
 * the current scores onto the facilities' rows where they differ. Returns how many versions it
 * scored. Safe to run alongside publications (a score already written is kept).
 */
export async function rescoreMissing(): Promise<number> {
  const scored = await scoreUnscoredVersions();
  await db().$executeRaw`
    UPDATE facility SET score = current.score
      FROM (SELECT f.id, s.score FROM facility f
              LEFT JOIN public_disclosure p ON p.facility_id = f.id
              LEFT JOIN disclosure_score s ON s.version_id = p.version_id AND s.rubric_version = ${RUBRIC_VERSION}) AS current
     WHERE facility.id = current.id AND facility.score IS DISTINCT FROM current.score`;
  return scored;
}

async function scoreUnscoredVersions(): Promise<number> {
  let scored = 0;
  for (;;) {
    const versions = await db().$queryRaw<{ id: string; content: unknown }[]>`
      SELECT v.id, v.content
        FROM public_disclosure p
        JOIN disclosure_version v ON v.id = p.version_id
       WHERE NOT EXISTS (SELECT 1 FROM disclosure_score s WHERE s.version_id = p.version_id AND s.rubric_version = ${RUBRIC_VERSION})
       LIMIT ${BATCH}`;
    if (!versions.length) return scored;
    await db().disclosureScore.createMany({
      data: versions.map((version) => row(version.id, scoreDisclosure(version.content as ScorableDisclosure))),
      skipDuplicates: true,
    });
    scored += versions.length;
  }
}
