import { expect } from "vitest";
import { db, pool } from "@/lib/db";
import { getDraft, publishDraft, saveDraft } from "@/lib/disclosures/data";
import { ATTESTATION_STATEMENT, DISCLOSURE_SCHEMA_VERSION, type Disclosure } from "@/lib/disclosures/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createFacility, createMember, createUser, nextIp } from "./accounts";
import { ATTESTATION, completeDisclosure, completePatch } from "./disclosure";

// Teams that publish, drafts and versions made directly with Prisma (no audit row) for tests of
// what others may do with them, and a way to stop publications half-way, for tests of what
// happens meanwhile.

/** A facility (its id) with an admin and an editor on its team. */
export async function team() {
  const facility = await createFacility();
  return { f: facility.id, admin: await createMember(facility, "FACILITY_ADMIN"), editor: await createMember(facility, "EDITOR") };
}

export type Team = Awaited<ReturnType<typeof team>>;

/** The admin saves `patch` over the current draft and publishes it: the new version's number. */
export async function publishComplete({ f, admin }: Team, patch: Partial<Omit<Disclosure, "schemaVersion">> = completePatch()) {
  const revision = await saveDraft(admin, f, (await getDraft(admin, f)).revision, patch, nextIp());
  return publishDraft(admin, f, revision, ATTESTATION, nextIp());
}

/** What the promise rejects with; fails the test if it resolves. */
export const rejectionOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => expect.fail("expected a rejection"),
    (error: unknown) => error,
  );

/** A draft of the facility at revision 1, saved by a fresh account; complete unless told otherwise. */
export async function createDraft(facility: { id: string }, content: unknown = completeDisclosure()): Promise<number> {
  const editor = await createUser();
  const draft = await db().disclosureDraft.create({
    data: { facilityId: facility.id, content: content as Prisma.InputJsonObject, updatedById: editor.id },
    select: { revision: true },
  });
  return draft.revision;
}

/** The facility's next published version, by a fresh account. */
export async function createVersion(facility: { id: string }): Promise<{ id: string; number: number }> {
  const publisher = await createUser();
  const number = (await db().disclosureVersion.count({ where: { facilityId: facility.id } })) + 1;
  return db().disclosureVersion.create({
    data: {
      facilityId: facility.id,
      number,
      schemaVersion: DISCLOSURE_SCHEMA_VERSION,
      content: completeDisclosure() as unknown as Prisma.InputJsonObject,
      publishedById: publisher.id,
      attesterName: ATTESTATION.attesterName,
      attesterTitle: ATTESTATION.attesterTitle,
      attestationStatement: ATTESTATION_STATEMENT,
    },
    select: { id: true, number: true },
  });
}

/** Sessions of this test's database waiting for a lock held by another. */
async function waitingSessions(): Promise<number> {
  const [row] = await db().$queryRaw<{ count: bigint }[]>`
    SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  return Number(row!.count);
}

/** Polls until `done` is true; fails after 5 s. */
async function until(done: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; !(await done()); attempt += 1) {
    if (attempt === 500) throw new Error(`Waited 5 s for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface Hold {
  /** Resolves once `count` sessions wait for a lock: the held publications and whatever waits behind them. */
  waitFor(count: number): Promise<void>;
  /** Resolves once `operation` has finished, or waits for a lock (as it would behind the held publication). */
  finishedOrWaiting(operation: Promise<unknown>): Promise<void>;
  /** Lets the held publications go on. */
  release(): Promise<void>;
}

const HOLD_LOCK = 73_610_001;

/**
 * Runs `test` while every publication stops when it inserts its version row: publishDraft has
 * locked the facility and read the draft by then, and has not yet written anything.
 */
export async function whilePublicationsHeld(test: (hold: Hold) => Promise<void>): Promise<void> {
  // This test file's own database: a trigger that waits for a lock the test holds.
  await db().$executeRawUnsafe(`
    CREATE FUNCTION hold_publication() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_advisory_xact_lock_shared(${HOLD_LOCK}); RETURN NEW; END $$`);
  await db().$executeRawUnsafe(
    `CREATE TRIGGER hold_publication BEFORE INSERT ON disclosure_version FOR EACH ROW EXECUTE FUNCTION hold_publication()`,
  );
  const holder = await pool().connect();
  let held = true;
  const release = async () => {
    if (!held) return;
    held = false;
    await holder.query("SELECT pg_advisory_unlock($1)", [HOLD_LOCK]);
  };
  try {
    await holder.query("SELECT pg_advisory_lock($1)", [HOLD_LOCK]);
    const waitFor = (count: number) => until(async () => (await waitingSessions()) >= count, `${count} sessions to wait for a lock`);
    const finishedOrWaiting = async (operation: Promise<unknown>) => {
      let finished = false;
      void operation.finally(() => (finished = true)).catch(() => {});
      const before = await waitingSessions();
      await until(async () => finished || (await waitingSessions()) > before, "the operation to finish or wait");
    };
    await test({ waitFor, finishedOrWaiting, release });
  } finally {
    await release();
    holder.release();
    await db().$executeRawUnsafe(`DROP TRIGGER hold_publication ON disclosure_version`);
    await db().$executeRawUnsafe(`DROP FUNCTION hold_publication()`);
  }
}
