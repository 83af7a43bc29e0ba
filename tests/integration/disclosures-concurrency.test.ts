import { describe, expect, it } from "vitest";
import type { SignedIn } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DraftConflictError, getDraft, NotPublishableError, publishDraft, saveDraft } from "@/lib/disclosures/data";
import { listVersions } from "@/lib/disclosures/data-versions";
import { ConflictError } from "@/lib/errors";
import { createMember, nextIp } from "./support/accounts";
import { ATTESTATION, completePatch, contactOf, given, practicesWithContact } from "./support/disclosure";
import { team } from "./support/disclosure-rows";

// The issue asks that two sessions saving the same draft at once never lose a text, and that
// version numbers stay 1, 2, 3… without gaps or repeats however many admins publish at once.

describe("two sessions save the same draft at once", () => {
  // Each round is a fresh race on a fresh facility: the loser may read the new revision before
  // writing, or wait for the winner's lock and find the revision (or the new draft) there after it.
  const ROUNDS = 10;

  it.each([
    ["a new draft", 0],
    ["a saved draft", 1],
  ])(`on %s: exactly one succeeds, the other gets the conflict, both texts are kept (${ROUNDS} rounds)`, async (_draft, start) => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { f, admin, editor } = await team();
      if (start === 1) await saveDraft(admin, f, 0, completePatch(), nextIp());
      const loaded = await getDraft(editor, f);
      const texts = [`Editor's text, round ${round}`, `Admin's text, round ${round}`];
      const results = await Promise.allSettled([
        saveDraft(editor, f, loaded.revision, { practices: practicesWithContact(texts[0]!) }, nextIp()),
        saveDraft(admin, f, loaded.revision, { practices: practicesWithContact(texts[1]!) }, nextIp()),
      ]);

      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
      const winner = results.findIndex((result) => result.status === "fulfilled");
      const loser = 1 - winner;
      const conflict = (results[loser] as PromiseRejectedResult).reason;
      expect(conflict).toBeInstanceOf(DraftConflictError);
      const { current } = conflict as DraftConflictError;
      expect(current.revision).toBe(loaded.revision + 1);
      expect(contactOf(current.content)).toEqual(given(texts[winner]!));

      // The loser still has their text: they compare, and save it on the revision they were shown.
      const resaved = await saveDraft(
        [editor, admin][loser]!,
        f,
        current.revision,
        { practices: practicesWithContact(texts[loser]!) },
        nextIp(),
      );
      expect(resaved).toBe(loaded.revision + 2);
      expect(contactOf((await getDraft(editor, f)).content)).toEqual(given(texts[loser]!));
      expect(await db().auditEvent.count({ where: { action: "disclosure.draft-saved", subjectId: f } })).toBe(start + 2);
    }
  });
});

const CONFLICT = Symbol("conflict");

/** A few milliseconds between saving and publishing, as a person takes to read the attestation. */
const reading = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 10));

/** The promise's value, or CONFLICT if someone else changed the draft first. */
const retryable = <T>(promise: Promise<T>): Promise<T | typeof CONFLICT> =>
  promise.catch((error: unknown) => {
    if (!(error instanceof ConflictError) || error instanceof NotPublishableError) throw error;
    return CONFLICT;
  });

describe("admins publishing at once", () => {
  const PER_ADMIN = 4;

  /**
   * Saves a fresh draft and publishes it until `count` publications went through, retrying every
   * conflict from a reload.
   */
  async function publishRepeatedly(admin: SignedIn, facilityId: string, count: number) {
    const tally = { published: [] as number[], saves: 0, saveConflicts: 0, publishConflicts: 0 };
    while (tally.published.length < count) {
      if (tally.saveConflicts + tally.publishConflicts > 200) throw new Error("Too many conflicts: the publications never get through.");
      const { revision } = await getDraft(admin, facilityId);
      const practices = practicesWithContact(`${admin.email}, publication ${tally.published.length + 1}`);
      const saved = await retryable(saveDraft(admin, facilityId, revision, { ...completePatch(), practices }, nextIp()));
      if (saved === CONFLICT) {
        tally.saveConflicts += 1;
        continue;
      }
      tally.saves += 1;
      await reading();
      const published = await retryable(publishDraft(admin, facilityId, saved, ATTESTATION, nextIp()));
      if (published === CONFLICT) tally.publishConflicts += 1;
      else tally.published.push(published);
    }
    return tally;
  }

  it(`2 facility admins × ${PER_ADMIN} publications: versions 1…${2 * PER_ADMIN}, no gap, no repeat, one audit row each`, async () => {
    const { f, admin } = await team();
    const otherAdmin = await createMember({ id: f }, "FACILITY_ADMIN");

    const tallies = await Promise.all([publishRepeatedly(admin, f, PER_ADMIN), publishRepeatedly(otherAdmin, f, PER_ADMIN)]);

    const total = 2 * PER_ADMIN;
    const expected = Array.from({ length: total }, (_, index) => index + 1);
    expect(tallies.flatMap((tally) => tally.published).sort((a, b) => a - b)).toEqual(expected);
    const versions = await listVersions(f);
    expect(versions.map((version) => version.number).sort((a, b) => a - b)).toEqual(expected);

    const published = await db().auditEvent.findMany({
      where: { action: "disclosure.published", details: { path: ["facilityId"], equals: f } },
    });
    expect(published.map((row) => row.subjectId).sort()).toEqual(versions.map((version) => version.id).sort());
    expect(published.map((row) => (row.details as { number: number }).number).sort((a, b) => a - b)).toEqual(expected);
    const saves = await db().auditEvent.count({ where: { action: "disclosure.draft-saved", subjectId: f } });
    expect(saves).toBe(tallies[0]!.saves + tallies[1]!.saves);
  });

  it("2 admins press publish on the same revision at once, 8 times: one version each time, numbered 1…8", async () => {
    const { f, admin } = await team();
    const otherAdmin = await createMember({ id: f }, "FACILITY_ADMIN");

    for (let round = 1; round <= 8; round += 1) {
      const revision = await saveDraft(admin, f, (await getDraft(admin, f)).revision, completePatch(), nextIp());
      const results = await Promise.allSettled([admin, otherAdmin].map((by) => publishDraft(by, f, revision, ATTESTATION, nextIp())));

      expect(results.filter((result) => result.status === "fulfilled").map((result) => result.value)).toEqual([round]);
      expect(results.find((result) => result.status === "rejected")?.reason).toBeInstanceOf(ConflictError);
    }
    expect((await listVersions(f)).map((version) => version.number)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
  });
});
