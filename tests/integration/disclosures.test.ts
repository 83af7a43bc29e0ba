import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DraftConflictError, getDraft, NotPublishableError, publishDraft, saveDraft } from "@/lib/disclosures/data";
import { getCurrentVersion, getVersion, hideVersion, listVersions } from "@/lib/disclosures/data-versions";
import { DISCLOSURE_SCHEMA_VERSION } from "@/lib/disclosures/schema";
import { validateDisclosure } from "@/lib/disclosures/validate";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createFacility, createMember, createUser, nextIp } from "./support/accounts";
import {
  ATTESTATION,
  completeDisclosure,
  completePatch,
  completePractices,
  FIVE_MISTAKES,
  UNKNOWN,
  withFiveMistakes,
} from "./support/disclosure";
import { createDraft, createVersion, publishComplete, rejectionOf, team } from "./support/disclosure-rows";

const disclosedAt = async (facilityId: string) =>
  (await db().facility.findUniqueOrThrow({ where: { id: facilityId }, select: { disclosedAt: true } })).disclosedAt;
const publications = (facilityId: string) =>
  db().auditEvent.count({ where: { action: "disclosure.published", details: { path: ["facilityId"], equals: facilityId } } });

describe("drafts", () => {
  it("a facility with neither draft nor version has an empty, unchanged draft at revision 0", async () => {
    const { f, editor } = await team();

    expect(await getDraft(editor, f)).toEqual({
      content: { schemaVersion: DISCLOSURE_SCHEMA_VERSION, aiTools: [], breaches: [] },
      revision: 0,
      basedOnVersion: null,
      changed: false,
      updatedAt: null,
      updatedBy: null,
    });
  });

  it("each save is one revision more, marks the draft changed and keeps the sections saved before", async () => {
    const { f, admin, editor } = await team();

    expect(await saveDraft(editor, f, 0, { practices: completePractices() }, nextIp())).toBe(1);
    expect(await saveDraft(admin, f, 1, { breachesReported: UNKNOWN }, nextIp())).toBe(2);

    const draft = await getDraft(editor, f);
    expect(draft).toMatchObject({ revision: 2, basedOnVersion: null, changed: true, updatedBy: admin.name });
    expect(draft.content).toEqual({
      schemaVersion: DISCLOSURE_SCHEMA_VERSION,
      aiTools: [],
      breaches: [],
      practices: completePractices(),
      breachesReported: UNKNOWN,
    });
    const saves = await db().auditEvent.findMany({ where: { action: "disclosure.draft-saved", subjectId: f }, orderBy: { id: "asc" } });
    expect(saves.map(({ actorId, details }) => [actorId, details])).toEqual([
      [editor.id, { revision: 1, sections: ["practices"] }],
      [admin.id, { revision: 2, sections: ["breachesReported"] }],
    ]);
  });

  it("a save based on an older revision writes nothing and returns what is there now", async () => {
    const { f, admin, editor } = await team();
    await saveDraft(editor, f, 0, { breachesReported: UNKNOWN }, nextIp());
    await saveDraft(admin, f, 1, { breaches: [] }, nextIp());

    const conflict = await rejectionOf(saveDraft(editor, f, 1, { practices: completePractices() }, nextIp()));

    expect(conflict).toBeInstanceOf(DraftConflictError);
    expect((conflict as DraftConflictError).current).toMatchObject({ revision: 2, content: { breachesReported: UNKNOWN, breaches: [] } });
    expect((await getDraft(editor, f)).content).not.toHaveProperty("practices");
  });

  it("after a publication, the draft holds the published content one revision on, and the next save goes on from there", async () => {
    const { f, admin, editor } = await team();
    const published = await saveDraft(editor, f, 0, completePatch(), nextIp());
    await publishDraft(admin, f, published, ATTESTATION, nextIp());

    expect(await getDraft(editor, f)).toMatchObject({
      content: completeDisclosure(),
      revision: published + 1,
      basedOnVersion: 1,
      changed: false,
    });
    expect(await saveDraft(editor, f, published + 1, { breachesReported: UNKNOWN }, nextIp())).toBe(published + 2);
    expect(await getDraft(editor, f)).toMatchObject({
      content: { ...completeDisclosure(), breachesReported: UNKNOWN },
      revision: published + 2,
      basedOnVersion: 1,
      changed: true,
    });
  });
});

describe("publishing", () => {
  it("is for the facility's admins: an editor is refused, anyone else is told it is not found", async () => {
    const { f, editor } = await team();
    const revision = await createDraft({ id: f });
    const adminElsewhere = await createMember(await createFacility(), "FACILITY_ADMIN");

    await expect(publishDraft(editor, f, revision, ATTESTATION, nextIp())).rejects.toThrow(ForbiddenError);
    await expect(publishDraft(adminElsewhere, f, revision, ATTESTATION, nextIp())).rejects.toThrow(NotFoundError);
    await expect(publishDraft(await createUser({ role: "ADMIN" }), f, revision, ATTESTATION, nextIp())).rejects.toThrow(NotFoundError);
    expect(await listVersions(f)).toEqual([]);
  });

  it("refuses an incomplete draft with every problem by path, and keeps the draft", async () => {
    const { f, admin } = await team();
    const { breachesReported: _notYet, ...incomplete } = completePatch();
    incomplete.aiTools[0]!.fdaNumber = { state: "answered", value: "K12" };
    const revision = await saveDraft(admin, f, 0, incomplete, nextIp());

    const refusal = await rejectionOf(publishDraft(admin, f, revision, ATTESTATION, nextIp()));

    expect(refusal).toBeInstanceOf(NotPublishableError);
    expect((refusal as NotPublishableError).problems.map((problem) => problem.path)).toEqual([
      "aiTools.0.fdaNumber.value",
      "breachesReported",
    ]);
    expect(await listVersions(f)).toEqual([]);
    expect(await getDraft(admin, f)).toMatchObject({ revision, content: incomplete, changed: true });
  });

  it("lists all 5 problems of a draft with 5 different mistakes", async () => {
    const { f, admin } = await team();
    const revision = await createDraft({ id: f }, withFiveMistakes());

    const refusal = await rejectionOf(publishDraft(admin, f, revision, ATTESTATION, nextIp()));

    expect(refusal).toBeInstanceOf(NotPublishableError);
    expect((refusal as NotPublishableError).problems).toEqual(FIVE_MISTAKES);
    expect(validateDisclosure(withFiveMistakes())).toEqual({ ok: false, problems: FIVE_MISTAKES });
  });

  it("publishes a complete draft as version 1, dates the facility's disclosure and moves the draft on, unchanged", async () => {
    const { f, admin } = await team();
    const revision = await saveDraft(admin, f, 0, completePatch(), nextIp());

    expect(await publishDraft(admin, f, revision, ATTESTATION, nextIp())).toBe(1);

    const version = (await getVersion(f, 1))!;
    const { attesterName, attesterTitle } = ATTESTATION;
    expect(version).toMatchObject({ number: 1, kind: "PUBLICATION", attesterName, attesterTitle, hiddenAt: null });
    expect(version.content).toEqual(completeDisclosure());
    expect(await disclosedAt(f)).toEqual(version.publishedAt);
    expect(await getDraft(admin, f)).toMatchObject({
      content: completeDisclosure(),
      revision: revision + 1,
      basedOnVersion: 1,
      changed: false,
    });
    const audit = await db().auditEvent.findMany({ where: { action: "disclosure.published", subjectId: version.id } });
    expect(audit).toMatchObject([{ actorId: admin.id, subjectType: "disclosure_version" }]);
    expect(audit[0]!.details).toEqual({ facilityId: f, number: 1, attesterName, attesterTitle });
  });

  it("publishing again without an edit is refused and writes nothing", async () => {
    const scene = await team();
    const { f, admin } = scene;
    await publishComplete(scene);
    const draft = await getDraft(admin, f);
    const [version] = await listVersions(f);

    const refusal = await rejectionOf(publishDraft(admin, f, draft.revision, ATTESTATION, nextIp()));

    expect(refusal).toBeInstanceOf(ConflictError);
    expect(refusal).not.toBeInstanceOf(DraftConflictError);
    expect(refusal).not.toBeInstanceOf(NotPublishableError);
    expect((refusal as ConflictError).message).toMatch(/^Nothing has changed since the last publication/);
    expect(await listVersions(f)).toEqual([version]);
    expect(await getDraft(admin, f)).toEqual(draft);
    expect(await disclosedAt(f)).toEqual(version!.publishedAt);
    expect(await publications(f)).toBe(1);
  });

  it("an edit after publishing becomes version 2, a correction if the admin says so", async () => {
    const scene = await team();
    const { f, admin, editor } = scene;
    await publishComplete(scene);
    const { revision: published } = await getDraft(editor, f);
    const revision = await saveDraft(editor, f, published, { breachesReported: UNKNOWN }, nextIp());

    expect(await publishDraft(admin, f, revision, { ...ATTESTATION, correction: true }, nextIp())).toBe(2);

    const current = (await getCurrentVersion(f))!;
    expect(current).toMatchObject({ number: 2, kind: "CORRECTION", content: { ...completeDisclosure(), breachesReported: UNKNOWN } });
    expect(await disclosedAt(f)).toEqual(current.publishedAt);
    expect((await listVersions(f)).map((version) => [version.number, version.kind])).toEqual([
      [2, "CORRECTION"],
      [1, "PUBLICATION"],
    ]);
    expect(await getDraft(editor, f)).toMatchObject({
      content: current.content,
      revision: revision + 1,
      basedOnVersion: 2,
      changed: false,
    });
  });

  it("refuses a stale revision, and a draft that is not there", async () => {
    const { f, admin, editor } = await team();
    await expect(publishDraft(admin, f, 0, ATTESTATION, nextIp())).rejects.toThrow(ConflictError);
    const seen = await saveDraft(admin, f, 0, completePatch(), nextIp());
    await saveDraft(editor, f, seen, { breachesReported: UNKNOWN }, nextIp());

    const conflict = await rejectionOf(publishDraft(admin, f, seen, ATTESTATION, nextIp()));

    expect(conflict).toBeInstanceOf(DraftConflictError);
    expect((conflict as DraftConflictError).current).toMatchObject({ revision: seen + 1, content: { breachesReported: UNKNOWN } });
    expect(await listVersions(f)).toEqual([]);
    expect(await disclosedAt(f)).toBeNull();
    expect(await getDraft(admin, f)).toMatchObject({ revision: seen + 1, changed: true });
  });
});

describe("the database keeps published versions as they were published", () => {
  it.each([
    ["UPDATE of the content", `UPDATE disclosure_version SET content = '{}'::jsonb WHERE id = $1::uuid`],
    ["UPDATE of the attester", `UPDATE disclosure_version SET attester_name = 'Someone Else' WHERE id = $1::uuid`],
    ["UPDATE of the number", `UPDATE disclosure_version SET number = number + 1 WHERE id = $1::uuid`],
    ["DELETE", `DELETE FROM disclosure_version WHERE id = $1::uuid`],
    // CASCADE: without it, the foreign key of disclosure_score refuses first, with another message.
    ["TRUNCATE", `TRUNCATE disclosure_version CASCADE`],
  ])("refuses %s", async (_statement, sql) => {
    const { id } = await createVersion(await createFacility());
    const before = await db().disclosureVersion.findMany({ orderBy: { id: "asc" } });

    await expect(db().$executeRawUnsafe(sql, ...(sql.includes("$1") ? [id] : []))).rejects.toThrow("immutable");
    expect(await db().disclosureVersion.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("allows a change of the hiding fields only", async () => {
    const { id } = await createVersion(await createFacility());

    await db().$executeRawUnsafe(`UPDATE disclosure_version SET hidden_at = now(), hidden_reason = 'Spam' WHERE id = $1::uuid`, id);
    expect(await db().disclosureVersion.findUniqueOrThrow({ where: { id } })).toMatchObject({ hiddenReason: "Spam" });
  });
});

describe("hiding a version", () => {
  const REASON = "It named a patient.";

  it("is for moderators and admins only", async () => {
    const { f, admin, editor } = await team();
    const { id } = await createVersion({ id: f });

    for (const actor of [null, editor, admin, await createUser()])
      await expect(hideVersion(actor, id, REASON, nextIp())).rejects.toThrow(ForbiddenError);
    await expect(hideVersion(await createUser({ role: "MODERATOR" }), crypto.randomUUID(), REASON, nextIp())).rejects.toThrow(
      NotFoundError,
    );
    expect((await getVersion(f, 1))!.hiddenAt).toBeNull();
    await hideVersion(await createUser({ role: "ADMIN" }), id, REASON, nextIp());
    expect((await getVersion(f, 1))!.hiddenAt).not.toBeNull();
  });

  it("keeps the reason but not the content, and the facility falls back to its previous version", async () => {
    const scene = await team();
    const { f } = scene;
    await publishComplete(scene);
    await publishComplete(scene, { breachesReported: UNKNOWN });
    const [second, first] = await listVersions(f);
    const moderator = await createUser({ role: "MODERATOR" });

    await hideVersion(moderator, second!.id, REASON, nextIp());

    expect(await getVersion(f, 2)).toMatchObject({ number: 2, content: null, hiddenReason: REASON });
    expect(await getCurrentVersion(f)).toMatchObject({ number: 1, content: completeDisclosure() });
    expect(await disclosedAt(f)).toEqual(first!.publishedAt);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "disclosure.hidden", subjectId: second!.id } });
    expect(audit).toMatchObject({ actorId: moderator.id, details: { facilityId: f, number: 2, reason: REASON } });

    await hideVersion(moderator, first!.id, REASON, nextIp());
    expect(await getCurrentVersion(f)).toBeNull();
    expect(await disclosedAt(f)).toBeNull();
    expect((await listVersions(f)).map((version) => version.hiddenReason)).toEqual([REASON, REASON]);
  });

  it("a version hidden already cannot be hidden again", async () => {
    const { id } = await createVersion(await createFacility());
    const moderator = await createUser({ role: "MODERATOR" });
    await hideVersion(moderator, id, REASON, nextIp());
    const rows = await db().auditEvent.count();

    await expect(hideVersion(moderator, id, "Another reason", nextIp())).rejects.toThrow(ConflictError);
    expect(await db().disclosureVersion.findUniqueOrThrow({ where: { id } })).toMatchObject({ hiddenReason: REASON });
    expect(await db().auditEvent.count()).toBe(rows);
  });
});
