import "server-only";
import { requireModerator, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { showVersion } from "@/lib/score/data";
import { LOCK_WAIT } from "./data";
import type { Disclosure } from "./schema";

// Published versions: public reads, and a moderator's hiding. Publishing is in data.ts.

const versionSummary = {
  id: true,
  number: true,
  kind: true,
  schemaVersion: true,
  publishedAt: true,
  attesterName: true,
  attesterTitle: true,
  attestationStatement: true,
  hiddenAt: true,
  hiddenReason: true,
} satisfies Prisma.DisclosureVersionSelect;

export type VersionSummary = Prisma.DisclosureVersionGetPayload<{ select: typeof versionSummary }>;

/** Every published version of a facility, newest first; hidden ones too, with why. Public. */
export function listVersions(facilityId: string): Promise<VersionSummary[]> {
  return db().disclosureVersion.findMany({ where: { facilityId }, orderBy: { number: "desc" }, select: versionSummary });
}

export type PublishedVersion = VersionSummary & { content: Disclosure | null };

/** One version, public. A hidden version's content is not shown, only that (and why) it was hidden. */
export async function getVersion(facilityId: string, number: number): Promise<PublishedVersion | null> {
  const version = await db().disclosureVersion.findUnique({
    where: { facilityId_number: { facilityId, number } },
    select: { ...versionSummary, content: true },
  });
  if (!version) return null;
  return { ...version, content: version.hiddenAt ? null : (version.content as unknown as Disclosure) };
}

/** What patients see: the newest version that is not hidden. */
export async function getCurrentVersion(facilityId: string): Promise<PublishedVersion | null> {
  const version = await db().disclosureVersion.findFirst({
    where: { facilityId, hiddenAt: null },
    orderBy: { number: "desc" },
    select: { ...versionSummary, content: true },
  });
  return version ? { ...version, content: version.content as unknown as Disclosure } : null;
}

/**
 * A moderator hides a version that is wrong or abusive. It stays in the history with the public
 * reason; the facility's current disclosure falls back to its newest visible version.
 */
export async function hideVersion(actor: Actor, versionId: string, reason: string, ip: string): Promise<void> {
  const moderator = requireModerator(actor);
  await db().$transaction(async (tx) => {
    const version = await tx.disclosureVersion.findUnique({ where: { id: versionId }, select: { facilityId: true, number: true } });
    if (!version) throw new NotFoundError("No such version.");
    // The lock publishing takes: the facility's disclosure date follows whichever comes last.
    await tx.$queryRaw`SELECT id FROM facility WHERE id = ${version.facilityId}::uuid FOR UPDATE`;
    const { count } = await tx.disclosureVersion.updateMany({
      where: { id: versionId, hiddenAt: null },
      data: { hiddenAt: new Date(), hiddenReason: reason, hiddenById: moderator.id },
    });
    if (count !== 1) throw new ConflictError("This version is already hidden.");
    const visible = await tx.disclosureVersion.findFirst({
      where: { facilityId: version.facilityId, hiddenAt: null },
      orderBy: { number: "desc" },
      select: { id: true, publishedAt: true, content: true },
    });
    await showVersion(tx, version.facilityId, visible);
    await recordAudit(tx, {
      actor: moderator,
      ip,
      action: "disclosure.hidden",
      subjectType: "disclosure_version",
      subjectId: versionId,
      details: { facilityId: version.facilityId, number: version.number, reason },
    });
  }, LOCK_WAIT);
}
