import "server-only";
import { requireSignedIn, type Actor, type SignedIn } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { showVersion } from "@/lib/score/data";
import { facilityRole } from "@/lib/teams/data";
import { ATTESTATION_STATEMENT, DISCLOSURE_SCHEMA_VERSION, type Disclosure } from "./schema";
import { validateDisclosure, type DraftContent, type Problem } from "./validate";

export interface Draft {
  content: DraftContent;
  /** 0: nothing saved yet. Goes up with every save and every publication, never back. */
  revision: number;
  basedOnVersion: number | null;
  /** Saved since the last publication: there is something new to publish. */
  changed: boolean;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** Someone else saved (or published) since this person loaded the draft: what is there now, to compare. */
export class DraftConflictError extends ConflictError {
  constructor(readonly current: Draft) {
    super(
      `${current.updatedBy ?? "Someone"} saved or published this draft while you were editing it. Nothing you typed is lost: compare, then save again.`,
    );
    this.name = "DraftConflictError";
  }
}

/** The draft is missing answers or has invalid ones: every problem, by path. */
export class NotPublishableError extends ConflictError {
  constructor(readonly problems: Problem[]) {
    super(`The disclosure cannot be published yet: ${problems.length} answer${problems.length === 1 ? " needs" : "s need"} attention.`);
    this.name = "NotPublishableError";
  }
}

// Lists start empty: "no AI tools listed" is an answer; an unanswered question is absent.
/** Publishing waits for the facility's lock; under contention that may take longer than Prisma's 5 s default. */
export const LOCK_WAIT = { maxWait: 5_000, timeout: 15_000 };

const emptyDraft = (): DraftContent => ({ schemaVersion: DISCLOSURE_SCHEMA_VERSION, aiTools: [], breaches: [] });

type DraftReader = Pick<Prisma.TransactionClient, "disclosureDraft">;

/** Inside a transaction, the same connection: a conflict report never waits for a second one from the pool. */
async function readDraft(reader: DraftReader, facilityId: string): Promise<Draft> {
  const draft = await reader.disclosureDraft.findUnique({
    where: { facilityId },
    select: { content: true, revision: true, basedOnVersion: true, changed: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  if (!draft) return { content: emptyDraft(), revision: 0, basedOnVersion: null, changed: false, updatedAt: null, updatedBy: null };
  return { ...draft, content: draft.content as DraftContent, updatedBy: draft.updatedBy.name };
}

/** The draft of a facility the actor is on. After a publication it holds what was published. */
export async function getDraft(actor: Actor, facilityId: string): Promise<Draft> {
  await facilityRole(db(), actor, facilityId);
  return readDraft(db(), facilityId);
}

/**
 * Saves part of the draft (one step of the form: top-level keys of the disclosure). `revision` is
 * the one the editor loaded; if anyone saved or published since, nothing is written and
 * DraftConflictError carries what is there now.
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
    if ((current?.revision ?? 0) !== revision) throw new DraftConflictError(await readDraft(tx, facilityId));
    const base = (current?.content as DraftContent | undefined) ?? emptyDraft();
    const content = { ...base, ...patch, schemaVersion: DISCLOSURE_SCHEMA_VERSION } as Prisma.InputJsonObject;
    const next = revision + 1;
    try {
      // The condition on revision (and the primary key, for a first save) makes two simultaneous
      // saves from the same revision count once.
      const { count } = current
        ? await tx.disclosureDraft.updateMany({
            where: { facilityId, revision },
            data: { content, revision: next, changed: true, updatedById: user.id, updatedAt: new Date() },
          })
        : { count: (await tx.disclosureDraft.create({ data: { facilityId, content, revision: next, updatedById: user.id } }), 1) };
      if (count !== 1) throw new DraftConflictError(await readDraft(tx, facilityId));
    } catch (error) {
      // The failed insert has aborted this transaction: read what won on another connection.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw new DraftConflictError(await readDraft(db(), facilityId));
      throw error;
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
 * facility's disclosure date, the audit row, and the draft moved on to the published content at
 * the next revision — so a save or publication still holding the old revision is refused.
 * Facility admins only.
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
    const draft = await tx.disclosureDraft.findUnique({ where: { facilityId }, select: { content: true, revision: true, changed: true } });
    if (!draft || draft.revision !== revision) throw new DraftConflictError(await readDraft(tx, facilityId));
    if (!draft.changed) throw new ConflictError("Nothing has changed since the last publication: edit the disclosure first.");
    const checked = validateDisclosure(draft.content);
    if (!checked.ok) throw new NotPublishableError(checked.problems);
    const last = await tx.disclosureVersion.findFirst({ where: { facilityId }, orderBy: { number: "desc" }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    const content = checked.disclosure as unknown as Prisma.InputJsonObject;
    const version = await tx.disclosureVersion.create({
      data: {
        facilityId,
        number,
        kind: last && attestation.correction ? "CORRECTION" : "PUBLICATION",
        // Now, not the transaction's start: it may have waited for the lock behind another publication.
        publishedAt: new Date(),
        schemaVersion: checked.disclosure.schemaVersion,
        content,
        publishedById: user.id,
        attesterName: attestation.attesterName,
        attesterTitle: attestation.attesterTitle,
        attestationStatement: ATTESTATION_STATEMENT,
      },
      select: { id: true, publishedAt: true },
    });
    // A save that slipped in after the read above changed the revision: this fails, and the
    // whole publication rolls back rather than lose that save.
    const { count } = await tx.disclosureDraft.updateMany({
      where: { facilityId, revision },
      data: { revision: revision + 1, changed: false, basedOnVersion: number, content, updatedById: user.id, updatedAt: new Date() },
    });
    if (count !== 1) throw new DraftConflictError(await readDraft(tx, facilityId));
    await showVersion(tx, facilityId, { ...version, content: checked.disclosure });
    await recordAudit(tx, {
      actor: user,
      ip,
      action: "disclosure.published",
      subjectType: "disclosure_version",
      subjectId: version.id,
      details: { facilityId, number, attesterName: attestation.attesterName, attesterTitle: attestation.attesterTitle },
    });
    return number;
  }, LOCK_WAIT);
}

/** What every page of the disclosure editor needs: the facility, the actor's role on it, the draft. */
export async function getEditor(actor: Actor, facilityId: string) {
  const role = await facilityRole(db(), actor, facilityId);
  const [facility, draft, versions] = await Promise.all([
    db().facility.findUniqueOrThrow({ where: { id: facilityId }, select: { id: true, name: true, slug: true, website: true } }),
    readDraft(db(), facilityId),
    db().disclosureVersion.count({ where: { facilityId } }),
  ]);
  return { facility, role, draft, versions };
}

/**
 * Replaces a facility's draft with imported answers; the caller has checked the actor may. The
 * revision is incremented in place, so a save committing meanwhile cannot end up with the same
 * one, and anyone editing the draft sees a conflict rather than losing the import or their work.
 */
export async function putImportedDraft(tx: Prisma.TransactionClient, user: SignedIn, facilityId: string, content: DraftContent) {
  const imported = { ...content, schemaVersion: DISCLOSURE_SCHEMA_VERSION } as Prisma.InputJsonObject;
  const { revision } = await tx.disclosureDraft.upsert({
    where: { facilityId },
    create: { facilityId, content: imported, revision: 1, updatedById: user.id },
    update: { content: imported, revision: { increment: 1 }, changed: true, updatedById: user.id, updatedAt: new Date() },
    select: { revision: true },
  });
  return revision;
}

/** Puts the same answers into the drafts of several facilities the actor is on (an organization with many sites), all or nothing. */
export async function importDraft(actor: Actor, facilityIds: string[], content: DraftContent, ip: string): Promise<number> {
  const user = requireSignedIn(actor);
  await db().$transaction(async (tx) => {
    for (const facilityId of facilityIds) {
      await facilityRole(tx, user, facilityId);
      const revision = await putImportedDraft(tx, user, facilityId, content);
      await recordAudit(tx, {
        actor: user,
        ip,
        action: "disclosure.draft-imported",
        subjectType: "facility",
        subjectId: facilityId,
        details: { revision },
      });
    }
  });
  return facilityIds.length;
}
