import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RUBRIC_VERSION, type ScorableDisclosure } from "./rubric";
import { scoreDisclosure, type ScoreResult, type ScoredItem } from "./score";

// Stored scores: one row per version and rubric version, written when a version is published and
// at start-up for public versions still lacking one under the current rubric (rescoreMissing).

type ScoreWriter = Pick<Prisma.TransactionClient, "disclosureScore">;

const row = (versionId: string, result: ScoreResult): Prisma.DisclosureScoreCreateManyInput => ({
  versionId,
  rubricVersion: result.rubricVersion,
  score: result.score,
  earned: result.earned,
  possible: result.possible,
  items: result.items as unknown as Prisma.InputJsonArray,
});

/** Scores a version under the current rubric, inside the caller's transaction (publication). */
export async function saveScore(tx: ScoreWriter, versionId: string, content: unknown): Promise<ScoreResult> {
  const result = scoreDisclosure(content as ScorableDisclosure);
  await tx.disclosureScore.createMany({ data: [row(versionId, result)], skipDuplicates: true });
  return result;
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
 * rubric version bump, a restored backup, versions published before scores existed. Returns how
 * many it scored. Safe to run alongside publications (a score already written is kept).
 */
export async function rescoreMissing(): Promise<number> {
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
