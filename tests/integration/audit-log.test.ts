import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordSsoSignIn, requestPasswordReset, resetPassword, signInWithPassword, signUp, verifyEmail } from "@/lib/accounts/data";
import { changePassword, signOutEverywhere } from "@/lib/accounts/data-account";
import { createUserByCommand, setUserRole } from "@/lib/accounts/data-admin";
import { recordAudit } from "@/lib/audit/data";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/schema";
import { createClaim, decideClaim } from "@/lib/claims/data";
import { db } from "@/lib/db";
import { importDraft, publishDraft, saveDraft } from "@/lib/disclosures/data";
import { fetchDisclosure } from "@/lib/disclosures/data-fetch";
import { DISCLOSURE_SCHEMA_VERSION } from "@/lib/disclosures/schema";
import { hideVersion } from "@/lib/disclosures/data-versions";
import { ConflictError } from "@/lib/errors";
import { createRegistration, decideRegistration } from "@/lib/registrations/data";
import { decideReport } from "@/lib/reports/data";
import { acceptInvitation, inviteMember, removeMember, revokeInvitation } from "@/lib/teams/data";
import { createFacility, createMember, createUser, nextIp, PASSWORD, signUpInput, unique } from "./support/accounts";
import { ATTESTATION, completeDisclosure, UNKNOWN } from "./support/disclosure";
import { createDraft, createVersion } from "./support/disclosure-rows";
import { linkToken, mailTo, mailsTo } from "./support/outbox";
import {
  approval,
  claimInput,
  createInvitation,
  createPendingClaim,
  createPendingRegistration,
  registrationInput,
  rejection,
} from "./support/requests";
import { createOpenReport } from "./support/reports";
import { serveJson, setWebsite, startSite, type Site } from "./support/well-known-site";

const NEW_PASSWORD = "amber-glacier-92-compass";

describe("the database keeps the audit log append-only", () => {
  it.each([
    ["UPDATE", "UPDATE audit_event SET action = 'account.signed-in'"],
    ["DELETE", "DELETE FROM audit_event"],
    ["TRUNCATE", "TRUNCATE audit_event"],
  ])("refuses %s", async (_statement, sql) => {
    await recordAudit(db(), { actor: null, ip: "10.0.0.1", action: "account.signed-up", subjectType: "user" });
    const before = await db().auditEvent.findMany({ orderBy: { id: "asc" } });

    await expect(db().$executeRawUnsafe(sql)).rejects.toThrow("append-only");
    expect(await db().auditEvent.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});

const emailed = async (to: string, subject: string) => linkToken(await mailTo(to, subject));

// A facility's website serving a valid disclosure, for "disclosure.fetched".
let site: Site;
beforeAll(async () => {
  site = await startSite(serveJson(completeDisclosure()));
});
afterAll(() => site.close());

// Each audited operation, set up on fresh objects: the set-up returns the call that is counted.
// A Record over AuditAction, so an action added to the schema without a case here fails to compile.
const audited: Record<AuditAction, () => Promise<() => Promise<unknown>>> = {
  "account.signed-up": async () => () => signUp(signUpInput(), nextIp()),
  "account.email-verified": async () => {
    const input = signUpInput();
    await signUp(input, nextIp());
    const token = await emailed(input.email, "Confirm your email address");
    return () => verifyEmail(token, nextIp());
  },
  "account.signed-in": async () => {
    const user = await createUser();
    return () => signInWithPassword({ email: user.email, password: PASSWORD }, nextIp(), false);
  },
  "account.sign-in-failed": async () => {
    const user = await createUser();
    return () => signInWithPassword({ email: user.email, password: NEW_PASSWORD }, nextIp(), false).catch(() => {});
  },
  "account.sso-signed-in": async () => () => recordSsoSignIn(`${unique("sso")}@hospital.example`, "Sam Single"),
  "account.password-reset-requested": async () => {
    const user = await createUser();
    return () => requestPasswordReset(user.email, nextIp());
  },
  "account.password-reset": async () => {
    const user = await createUser();
    await requestPasswordReset(user.email, nextIp());
    const token = await emailed(user.email, "Choose a new ScanAware password");
    return () => resetPassword(token, NEW_PASSWORD, nextIp());
  },
  "account.password-changed": async () => {
    const user = await createUser();
    return () => changePassword(user, PASSWORD, NEW_PASSWORD, nextIp());
  },
  "account.signed-out-everywhere": async () => {
    const user = await createUser();
    return () => signOutEverywhere(user, nextIp());
  },
  "account.created-by-command": async () => () => createUserByCommand(`${unique("staff")}@example.org`, "Sam Staff", "MODERATOR"),
  "account.role-changed": async () => {
    const [admin, user] = [await createUser({ role: "ADMIN" }), await createUser()];
    return () => setUserRole(admin, user.id, "MODERATOR", nextIp());
  },
  "claim.submitted": async () => {
    const [facility, user] = [await createFacility(), await createUser()];
    return () => createClaim(user, claimInput(facility.id), nextIp());
  },
  "claim.approved": async () => {
    const [claimId, moderator] = [await createPendingClaim(await createFacility()), await createUser({ role: "MODERATOR" })];
    return () => decideClaim(moderator, approval(claimId), nextIp());
  },
  "claim.rejected": async () => {
    const [claimId, moderator] = [await createPendingClaim(await createFacility()), await createUser({ role: "MODERATOR" })];
    return () => decideClaim(moderator, rejection(claimId), nextIp());
  },
  "registration.submitted": async () => {
    const user = await createUser();
    return () => createRegistration(user, registrationInput(), nextIp());
  },
  "registration.approved": async () => {
    const [registrationId, moderator] = [await createPendingRegistration(), await createUser({ role: "MODERATOR" })];
    return () => decideRegistration(moderator, approval(registrationId), nextIp());
  },
  "registration.rejected": async () => {
    const [registrationId, moderator] = [await createPendingRegistration(), await createUser({ role: "MODERATOR" })];
    return () => decideRegistration(moderator, rejection(registrationId), nextIp());
  },
  "team.invited": async () => {
    const facility = await createFacility();
    const admin = await createMember(facility, "FACILITY_ADMIN");
    return () => inviteMember(admin, { facilityId: facility.id, email: `${unique("invitee")}@example.org`, role: "EDITOR" }, nextIp());
  },
  "team.invitation-revoked": async () => {
    const facility = await createFacility();
    const admin = await createMember(facility, "FACILITY_ADMIN");
    const invitation = await createInvitation(facility, `${unique("invitee")}@example.org`);
    return () => revokeInvitation(admin, facility.id, invitation.id, nextIp());
  },
  "team.joined": async () => {
    const [facility, user] = [await createFacility(), await createUser()];
    const invitation = await createInvitation(facility, user.email);
    return () => acceptInvitation(user, invitation.token, nextIp());
  },
  "team.removed": async () => {
    const facility = await createFacility();
    const [admin, editor] = [await createMember(facility, "FACILITY_ADMIN"), await createMember(facility, "EDITOR")];
    return () => removeMember(admin, facility.id, editor.id, nextIp());
  },
  "disclosure.draft-saved": async () => {
    const facility = await createFacility();
    const editor = await createMember(facility, "EDITOR");
    return () => saveDraft(editor, facility.id, 0, { breachesReported: UNKNOWN }, nextIp());
  },
  "disclosure.draft-imported": async () => {
    const facility = await createFacility();
    const editor = await createMember(facility, "EDITOR");
    return () => importDraft(editor, [facility.id], { schemaVersion: DISCLOSURE_SCHEMA_VERSION, breachesReported: UNKNOWN }, nextIp());
  },
  "disclosure.fetched": async () => {
    const facility = await createFacility();
    const admin = await createMember(facility, "FACILITY_ADMIN");
    await setWebsite(facility, site.origin);
    return () => fetchDisclosure(admin, facility.id, nextIp());
  },
  "disclosure.published": async () => {
    const facility = await createFacility();
    const [admin, revision] = [await createMember(facility, "FACILITY_ADMIN"), await createDraft(facility)];
    return () => publishDraft(admin, facility.id, revision, ATTESTATION, nextIp());
  },
  "disclosure.hidden": async () => {
    const [version, moderator] = [await createVersion(await createFacility()), await createUser({ role: "MODERATOR" })];
    return () => hideVersion(moderator, version.id, "It named a patient.", nextIp());
  },
  "report.resolved": async () => {
    const [reportId, moderator] = [await createOpenReport(await createFacility()), await createUser({ role: "MODERATOR" })];
    return () => decideReport(moderator, { id: reportId, decision: "resolve", note: "" }, nextIp());
  },
  "report.dismissed": async () => {
    const [reportId, moderator] = [await createOpenReport(await createFacility()), await createUser({ role: "MODERATOR" })];
    return () => decideReport(moderator, { id: reportId, decision: "dismiss", note: "The listing is right." }, nextIp());
  },
};

const latestEvent = () => db().auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });

describe("each audited operation writes exactly one row", () => {
  it("has a case for every action moderators can filter on", () => {
    expect(Object.keys(audited).sort()).toEqual(Object.keys(AUDIT_ACTIONS).sort());
  });

  it.each(Object.entries(audited))("%s", async (action, prepare) => {
    const run = await prepare();
    const rows = await db().auditEvent.count();
    await run();
    expect(await db().auditEvent.count()).toBe(rows + 1);
    expect((await latestEvent()).action).toBe(action);
  });

  it("never records a password or an emailed token", async () => {
    const logged = JSON.stringify(await db().auditEvent.findMany({ select: { details: true } }));
    const mails = await db().outboxMessage.findMany({ where: { text: { contains: "token=" } }, select: { subject: true, text: true } });
    const tokens = mails.map(linkToken);
    expect(tokens.length).toBeGreaterThan(0);
    for (const secret of [PASSWORD, NEW_PASSWORD, ...tokens]) expect(logged).not.toContain(secret);
  });
});

describe("a change and its audit row stand or fall together", () => {
  it("a decision on an already decided claim writes no row and no membership", async () => {
    const claimId = await createPendingClaim(await createFacility());
    await decideClaim(await createUser({ role: "MODERATOR" }), rejection(claimId), nextIp());
    const rows = await db().auditEvent.count();

    await expect(decideClaim(await createUser({ role: "MODERATOR" }), approval(claimId), nextIp())).rejects.toThrow(ConflictError);

    expect(await db().auditEvent.count()).toBe(rows);
    const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId }, select: { status: true, userId: true } });
    expect(claim.status).toBe("REJECTED");
    expect(await db().membership.count({ where: { userId: claim.userId } })).toBe(0);
  });

  it("an approval whose audit row cannot be written is undone", async () => {
    const claimId = await createPendingClaim(await createFacility());
    const claimant = await db().claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { user: { select: { id: true, email: true } } },
    });
    // This test's own database: make the log refuse exactly this row, then take the rule away.
    await db().$executeRawUnsafe(`ALTER TABLE audit_event ADD CONSTRAINT refuse_approvals CHECK (action <> 'claim.approved') NOT VALID`);
    try {
      await expect(decideClaim(await createUser({ role: "MODERATOR" }), approval(claimId), nextIp())).rejects.toThrow("refuse_approvals");
    } finally {
      await db().$executeRawUnsafe(`ALTER TABLE audit_event DROP CONSTRAINT refuse_approvals`);
    }
    expect((await db().claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("PENDING");
    expect(await db().membership.count({ where: { userId: claimant.user.id } })).toBe(0);
    expect(await mailsTo(claimant.user.email)).toEqual([]);
  });

  it("removing a facility's last admin writes no row", async () => {
    const facility = await createFacility();
    const admin = await createMember(facility, "FACILITY_ADMIN");
    const rows = await db().auditEvent.count();

    await expect(removeMember(admin, facility.id, admin.id, nextIp())).rejects.toThrow(ConflictError);
    expect(await db().auditEvent.count()).toBe(rows);
  });

  it("giving someone the role they already have writes no row", async () => {
    const [admin, moderator] = [await createUser({ role: "ADMIN" }), await createUser({ role: "MODERATOR" })];
    const rows = await db().auditEvent.count();

    await setUserRole(admin, moderator.id, "MODERATOR", nextIp());
    expect(await db().auditEvent.count()).toBe(rows);
  });
});
