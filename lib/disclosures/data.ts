import "server-only";
import { requireModerator, requireSignedIn, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { facilityRole } from "@/lib/teams/data";
import { ATTESTATION_STATEMENT, DISCLOSURE_SCHEMA_VERSION, type Disclosure } from "./schema";
import { validateDisclosure, type DraftContent, type Problem } from "./validate";

export interface Draft {
  content: DraftContent;
  /** 0: nothing saved yet (the content comes from the latest version, or is empty). */
  revision: number;
  basedOnVersion: number | null;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** Someone else saved the draft since this person loaded it: what is there now, to compare. */
export class DraftConflictError extends ConflictError {
  constructor(readonly current: Draft) {
    super(
      `${current.updatedBy ?? "Someone"} saved this draft while you were editing it. Nothing you typed is lost: compare, then save again.`,
    );
    this.name = "DraftConflictError";
  }
}

/** The published version is missing answers or has invalid ones: every problem, by path. */
export class NotPublishableError extends ConflictError {
  constructor(readonly problems: Problem[]) {
    super(`The disclosure cannot be published yet: ${problems.length} answer${problems.length === 1 ? " needs" : "s need"} attention.`);
    this.name = "NotPublishableError";
  }
}

const emptyDraft = (): DraftContent => ({ schemaVersion: DISCLOSURE_SCHEMA_VERSION });

async function latestVersion(reader: Pick<Prisma.TransactionClient, "disclosureVersion">, facilityId: string) {
  return reader.disclosureVersion.findFirst({
    where: { facilityId },
    orderBy: { number: "desc" },
    select: { number: true, content: true },
  });
}

/** The draft of a facility the actor is on; a new one starts from the latest published version. */
export async function getDraft(actor: Actor, facilityId: string): Promise<Draft> {
  await facilityRole(db(), actor, facilityId);
  const draft = await db().disclosureDraft.findUnique({
    where: { facilityId },
    select: { content: true, revision: true, basedOnVersion: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  if (draft) {
    return {
      content: draft.content as DraftContent,
      revision: draft.revision,
      basedOnVersion: draft.basedOnVersion,
      updatedAt: draft.updatedAt,
      updatedBy: draft.updatedBy.name,
    };
  }
  const latest = await latestVersion(db(), facilityId);
  return {
    content: (latest?.content as DraftContent) ?? emptyDraft(),
    revision: 0,
    basedOnVersion: latest?.number ?? null,
    updatedAt: null,
    updatedBy: null,
  };
}

/**
 * Saves part of the draft (one step of the form: top-level keys of the disclosure). `revision` is
 * the one the editor loaded; if someone saved since, nothing is written and DraftConflictError
 * carries what is there now.
 */
export async function saveDraft(
  actor: Actor,
  facilityId: string,
  revision: number,
  patch: Partial<Omit<Disclosure, "schemaVersion">>,
  ip: string,
): Promise<number> {
  const user = requireSignedIn(actor);
  return db().$transaction(async (tx) => {
    await facilityRole(tx, user, facilityId);
    const current = await tx.disclosureDraft.findUnique({ where: { facilityId }, select: { content: true, revision: true } });
    if ((current?.revision ?? 0) !== revision) throw new DraftConflictError(await getDraft(user, facilityId));
    const base = current ? (current.content as DraftContent) : ((await latestVersion(tx, facilityId))?.content ?? emptyDraft());
    const content = { ...(base as DraftContent), ...patch, schemaVersion: DISCLOSURE_SCHEMA_VERSION } as Prisma.InputJsonObject;
    let next: number;
    if (current) {
      // The condition on revision makes two simultaneous saves from the same revision count once.
      const { count } = await tx.disclosureDraft.updateMany({
        where: { facilityId, revision },
        data: { content, revision: { increment: 1 }, updatedById: user.id, updatedAt: new Date() },
      });
      if (count !== 1) throw new DraftConflictError(await getDraft(user, facilityId));
      next = revision + 1;
    } else {
      try {
        const latest = await latestVersion(tx, facilityId);
        await tx.disclosureDraft.create({
          data: { facilityId, content, revision: 1, basedOnVersion: latest?.number ?? null, updatedById: user.id },
        });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
          throw new DraftConflictError(await getDraft(user, facilityId));
        throw error;
      }
      next = 1;
    }
    await recordAudit(tx, {
      actor: user,
      ip,
      action: "disclosure.draft-saved",
      subjectType: "facility",
      subjectId: facilityId,
      details: { revision: next, sections: Object.keys(patch) },
    });
    return next;
  });
}

export interface AttestationInput {
  attesterName: string;
  attesterTitle: string;
  /** This version corrects a mistake in the previous one (rather than reporting a change in practice). */
  correction: boolean;
}

/**
 * Publishes the draft as the facility's next version, in one transaction: the version (number
 * one above the last, under a lock on the facility so numbers never repeat or skip), the
 * facility's disclosure date, the audit row, and the draft's removal. Facility admins only.
 */
export async function publishDraft(
  actor: Actor,
  facilityId: string,
  revision: number,
  attestation: AttestationInput,
  ip: string,
): Promise<number> {
  const user = requireSignedIn(actor);
  return db().$transaction(async (tx) => {
    if ((await facilityRole(tx, user, facilityId)) !== "FACILITY_ADMIN")
      throw new ForbiddenError("Only the facility's admins can publish.");
    await tx.$queryRaw`SELECT id FROM facility WHERE id = ${facilityId}::uuid FOR UPDATE`;
    const draft = await tx.disclosureDraft.findUnique({
      where: { facilityId },
      select: { content: true, revision: true, basedOnVersion: true },
    });
    if (!draft) throw new ConflictError("There is no draft to publish: edit the disclosure first.");
    if (draft.revision !== revision) throw new DraftConflictError(await getDraft(user, facilityId));
    const checked = validateDisclosure(draft.content);
    if (!checked.ok) throw new NotPublishableError(checked.problems);
    const last = await latestVersion(tx, facilityId);
    const number = (last?.number ?? 0) + 1;
    const version = await tx.disclosureVersion.create({
      data: {
        facilityId,
        number,
        kind: last && attestation.correction ? "CORRECTION" : "PUBLICATION",
        schemaVersion: checked.disclosure.schemaVersion,
        content: checked.disclosure as unknown as Prisma.InputJsonObject,
        publishedById: user.id,
        attesterName: attestation.attesterName,
        attesterTitle: attestation.attesterTitle,
        attestationStatement: ATTESTATION_STATEMENT,
      },
      select: { id: true, publishedAt: true },
    });
    await tx.facility.update({ where: { id: facilityId }, data: { disclosedAt: version.publishedAt } });
    await tx.disclosureDraft.delete({ where: { facilityId } });
    await recordAudit(tx, {
      actor: user,
      ip,
      action: "disclosure.published",
      subjectType: "disclosure_version",
      subjectId: version.id,
      details: { facilityId, number, attesterName: attestation.attesterName, attesterTitle: attestation.attesterTitle },
    });
    return number;
  });
}

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
    const { count } = await tx.disclosureVersion.updateMany({
      where: { id: versionId, hiddenAt: null },
      data: { hiddenAt: new Date(), hiddenReason: reason, hiddenById: moderator.id },
    });
    if (count !== 1) throw new ConflictError("This version is already hidden.");
    const visible = await tx.disclosureVersion.findFirst({
      where: { facilityId: version.facilityId, hiddenAt: null },
      orderBy: { number: "desc" },
      select: { publishedAt: true },
    });
    await tx.facility.update({ where: { id: version.facilityId }, data: { disclosedAt: visible?.publishedAt ?? null } });
    await recordAudit(tx, {
      actor: moderator,
      ip,
      action: "disclosure.hidden",
      subjectType: "disclosure_version",
      subjectId: versionId,
      details: { facilityId: version.facilityId, number: version.number, reason },
    });
  });
}
