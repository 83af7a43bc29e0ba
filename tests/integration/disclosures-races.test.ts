import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DraftConflictError, getDraft, publishDraft, saveDraft } from "@/lib/disclosures/data";
import { getCurrentVersion, hideVersion, listVersions } from "@/lib/disclosures/data-versions";
import { createMember, createUser, nextIp } from "./support/accounts";
import { ATTESTATION, completePatch, contactOf, given, practicesWithContact, UNKNOWN } from "./support/disclosure";
import { publishComplete, rejectionOf, team, whilePublicationsHeld } from "./support/disclosure-rows";

// Drafts and publications that overlap. Each case was a bug of an earlier design:
//  1-2. A draft's revisions started again at 1 after each publication, so a revision loaded before
//       a publication still matched the next draft. Now a publication moves the revision on too.
//  3.   publishDraft deleted the draft by facility, so a save that landed while it ran was deleted
//       with it, although saveDraft reported success. Now the publication moves the draft on only
//       from the revision it read, and rolls back whole if a save came first.
//  4.   hideVersion did not lock the facility as publishDraft does, so it could date the facility
//       by an older version than the one just published.

const disclosedAt = async (facilityId: string) =>
  (await db().facility.findUniqueOrThrow({ where: { id: facilityId }, select: { disclosedAt: true } })).disclosedAt;
const publications = (facilityId: string) =>
  db().auditEvent.count({ where: { action: "disclosure.published", details: { path: ["facilityId"], equals: facilityId } } });

describe("drafts and publications that overlap", () => {
  it("a revision loaded before a publication is stale after it, for publishing", async () => {
    const { f, admin, editor } = await team();
    const otherAdmin = await createMember({ id: f }, "FACILITY_ADMIN");
    const seen = await saveDraft(admin, f, 0, completePatch(), nextIp());
    await publishDraft(otherAdmin, f, seen, ATTESTATION, nextIp());

    // Right after the publication: the admin is told someone published, not that nothing changed.
    const published = await rejectionOf(publishDraft(admin, f, seen, ATTESTATION, nextIp()));
    expect(published).toBeInstanceOf(DraftConflictError);
    expect((published as DraftConflictError).current).toMatchObject({ revision: seen + 1, changed: false, basedOnVersion: 1 });

    // The admin never saw the editor's new draft: publishing it under their attestation is a conflict.
    const edited = await saveDraft(editor, f, seen + 1, { breachesReported: UNKNOWN }, nextIp());
    const conflict = await rejectionOf(publishDraft(admin, f, seen, ATTESTATION, nextIp()));
    expect(conflict).toBeInstanceOf(DraftConflictError);
    expect((conflict as DraftConflictError).current).toMatchObject({
      revision: edited,
      changed: true,
      content: { breachesReported: UNKNOWN },
    });
    expect((await listVersions(f)).map((version) => version.number)).toEqual([1]);
  });

  it("a revision loaded before a publication is stale after it, for saving", async () => {
    const { f, admin, editor } = await team();
    const otherAdmin = await createMember({ id: f }, "FACILITY_ADMIN");
    const seen = await saveDraft(editor, f, 0, completePatch(), nextIp());
    await publishDraft(admin, f, seen, ATTESTATION, nextIp());
    const oldForm = { practices: practicesWithContact("The editor's old form") };

    // The editor's form still holds the revision of the draft that was published: the editor is
    // shown the publication before saving over it, and again once the admin has edited on.
    const early = await rejectionOf(saveDraft(editor, f, seen, oldForm, nextIp()));
    expect(early).toBeInstanceOf(DraftConflictError);
    expect((early as DraftConflictError).current).toMatchObject({ revision: seen + 1, changed: false, basedOnVersion: 1 });
    await saveDraft(admin, f, seen + 1, { practices: practicesWithContact("The admin's new contact") }, nextIp());
    expect(await rejectionOf(saveDraft(editor, f, seen, oldForm, nextIp()))).toBeInstanceOf(DraftConflictError);
    expect(await getDraft(otherAdmin, f)).toMatchObject({ revision: seen + 2, changed: true });
    expect(contactOf((await getDraft(otherAdmin, f)).content)).toEqual(given("The admin's new contact"));
  });

  it("a save that lands while a publication is under way is kept, and the publication rolls back whole", async () => {
    const { f, admin, editor } = await team();
    const revision = await saveDraft(admin, f, 0, completePatch(), nextIp());
    const text = "Saved while the admin was publishing";

    await whilePublicationsHeld(async (hold) => {
      const publishing = publishDraft(admin, f, revision, ATTESTATION, nextIp()).catch((error: unknown) => error);
      await hold.waitFor(1);
      // The publication has read the draft and not yet written anything; saving takes no lock it holds.
      const saving = saveDraft(editor, f, revision, { practices: practicesWithContact(text) }, nextIp()).catch((error: unknown) => error);
      await hold.finishedOrWaiting(saving);
      await hold.release();

      expect(await saving).toBe(revision + 1);
      const refusal = await publishing;
      expect(refusal).toBeInstanceOf(DraftConflictError);
      expect((refusal as DraftConflictError).current).toMatchObject({ revision: revision + 1, changed: true });
    });

    // What the editor saved is the draft, still to publish; the publication left no trace.
    const draft = await getDraft(editor, f);
    expect(draft).toMatchObject({ revision: revision + 1, changed: true, basedOnVersion: null, updatedBy: editor.name });
    expect(contactOf(draft.content)).toEqual(given(text));
    expect(await listVersions(f)).toEqual([]);
    expect(await disclosedAt(f)).toBeNull();
    expect(await publications(f)).toBe(0);
  });

  it("a version hidden while the next one is being published leaves the facility dated by the newest", async () => {
    const scene = await team();
    const { f, admin } = scene;
    await publishComplete(scene);
    await publishComplete(scene, { breachesReported: UNKNOWN });
    const [second] = await listVersions(f);
    const revision = await saveDraft(admin, f, (await getDraft(admin, f)).revision, { breaches: [] }, nextIp());
    const moderator = await createUser({ role: "MODERATOR" });

    // As little as possible while the publication is held: its transaction expires after 5 s (Prisma's default).
    await whilePublicationsHeld(async (hold) => {
      const publishing = publishDraft(admin, f, revision, ATTESTATION, nextIp());
      await hold.waitFor(1);
      const hiding = hideVersion(moderator, second!.id, "Wrong facility.", nextIp());
      await hold.finishedOrWaiting(hiding);
      await hold.release();
      expect(await publishing).toBe(3);
      await hiding;
    });

    const current = await getCurrentVersion(f);
    expect(current?.number).toBe(3);
    expect((await listVersions(f)).map((version) => [version.number, version.hiddenAt !== null])).toEqual([
      [3, false],
      [2, true],
      [1, false],
    ]);
    expect(await disclosedAt(f)).toEqual(current!.publishedAt);
  });
});
