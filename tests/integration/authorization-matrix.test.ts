import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resendVerification } from "@/lib/accounts/data";
import { changePassword, signOutEverywhere } from "@/lib/accounts/data-account";
import { setUserRole } from "@/lib/accounts/data-admin";
import type { Actor } from "@/lib/auth/actor";
import { listAuditEvents } from "@/lib/audit/data";
import { createClaim, decideClaim, getClaim, listClaims } from "@/lib/claims/data";
import { db } from "@/lib/db";
import { getDraft, publishDraft, saveDraft } from "@/lib/disclosures/data";
import { fetchDisclosure } from "@/lib/disclosures/data-fetch";
import { hideVersion } from "@/lib/disclosures/data-versions";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { listOutbox } from "@/lib/mail/data";
import { createRegistration, decideRegistration, getRegistration, listRegistrations } from "@/lib/registrations/data";
import { decideReport, getReport, listReports } from "@/lib/reports/data";
import { acceptInvitation, getTeam, inviteMember, listMyFacilities, removeMember, revokeInvitation } from "@/lib/teams/data";
import {
  createActor,
  createFacilities,
  createMember,
  createUser,
  nextIp,
  PASSWORD,
  ROLES,
  unique,
  type Facilities,
  type FacilityRef,
} from "./support/accounts";
import { ATTESTATION, completeDisclosure, UNKNOWN } from "./support/disclosure";
import { createDraft, createVersion } from "./support/disclosure-rows";
import {
  approval,
  claimInput,
  createInvitation,
  createPendingClaim,
  createPendingRegistration,
  registrationInput,
} from "./support/requests";
import { createOpenReport } from "./support/reports";
import { serveJson, setWebsite, startSite, type Site } from "./support/well-known-site";

// The authorization matrix of the issue "Accounts, roles, facility claims and moderation": every
// mutating data function (12, 4 of disclosures, 1 of reports) and every private read (8, the draft, 2 of
// reports), for each of the 8 roles, is 28 × 8 = 224 cases. Each case makes its own facilities, actor and objects (a fresh pending claim, a fresh
// invitation...), so that no case depends on another's outcome.

const OK = "allowed";
const FORBIDDEN = ForbiddenError;
const NOT_FOUND = NotFoundError;
const CONFLICT = ConflictError;
type Outcome = typeof OK | typeof FORBIDDEN | typeof NOT_FOUND | typeof CONFLICT;

// Outcomes in the order of ROLES: anonymous, unverified user, verified user, editor of another
// facility, editor, facility admin, moderator, admin. "Editor" and "facility admin" are of F.
const SIGNED_IN: Outcome[] = [FORBIDDEN, OK, OK, OK, OK, OK, OK, OK];
const VERIFIED: Outcome[] = [FORBIDDEN, FORBIDDEN, OK, OK, OK, OK, OK, OK];
const MODERATORS: Outcome[] = [FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK];
const ADMINS: Outcome[] = [FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK];
// Someone not on F's team is told F is not found; an editor of F is on it but may not manage it.
const TEAM_MANAGERS: Outcome[] = [FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, OK, NOT_FOUND, OK];
// A facility's draft is its team's alone: moderators and ScanAware admins do not see it either.
const DRAFT_EDITORS: Outcome[] = [FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, OK, NOT_FOUND, NOT_FOUND];
const PUBLISHERS: Outcome[] = [FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, OK, NOT_FOUND, NOT_FOUND];
// Fetching from the facility's own site: its admins, and moderators for any facility.
const FETCHERS: Outcome[] = [FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, OK, OK, OK];

// F's website, serving a valid disclosure, for fetchDisclosure.
let site: Site;
beforeAll(async () => {
  site = await startSite(serveJson(completeDisclosure()));
});
afterAll(() => site.close());

interface Scene extends Facilities {
  actor: Actor;
}

interface Operation {
  run(scene: Scene): Promise<unknown>;
  outcomes: Outcome[];
}

const someoneElse = () => `${unique("someone")}@example.org`;

const operations: Record<string, Operation> = {
  createClaim: {
    run: ({ actor, f }) => createClaim(actor, claimInput(f.id), nextIp()),
    // F's own team cannot claim it again.
    outcomes: [FORBIDDEN, FORBIDDEN, OK, OK, CONFLICT, CONFLICT, OK, OK],
  },
  decideClaim: { run: async ({ actor, f }) => decideClaim(actor, approval(await createPendingClaim(f)), nextIp()), outcomes: MODERATORS },
  createRegistration: { run: ({ actor }) => createRegistration(actor, registrationInput(), nextIp()), outcomes: VERIFIED },
  decideRegistration: {
    run: async ({ actor }) => decideRegistration(actor, approval(await createPendingRegistration()), nextIp()),
    outcomes: MODERATORS,
  },
  inviteMember: {
    run: ({ actor, f }) => inviteMember(actor, { facilityId: f.id, email: someoneElse(), role: "EDITOR" }, nextIp()),
    // Inviting also needs a verified address.
    outcomes: [FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN, OK, NOT_FOUND, OK],
  },
  revokeInvitation: {
    run: async ({ actor, f }) => revokeInvitation(actor, f.id, (await createInvitation(f, someoneElse())).id, nextIp()),
    outcomes: TEAM_MANAGERS,
  },
  removeMember: {
    run: async ({ actor, f }) => removeMember(actor, f.id, (await createMember(f, "EDITOR")).id, nextIp()),
    outcomes: TEAM_MANAGERS,
  },
  acceptInvitation: {
    run: async ({ actor, f }) => acceptInvitation(actor, (await createInvitation(f, actor?.email ?? someoneElse())).token, nextIp()),
    outcomes: VERIFIED,
  },
  setUserRole: { run: async ({ actor }) => setUserRole(actor, (await createUser()).id, "MODERATOR", nextIp()), outcomes: ADMINS },
  changePassword: { run: ({ actor }) => changePassword(actor, PASSWORD, "amber-glacier-92-compass", nextIp()), outcomes: SIGNED_IN },
  signOutEverywhere: { run: ({ actor }) => signOutEverywhere(actor, nextIp()), outcomes: SIGNED_IN },
  // Its type says callers never pass null; the matrix checks that the function refuses it anyway.
  resendVerification: { run: ({ actor }) => resendVerification(actor as NonNullable<Actor>), outcomes: SIGNED_IN },
  listClaims: { run: ({ actor }) => listClaims(actor, {}), outcomes: MODERATORS },
  getClaim: { run: async ({ actor, f }) => getClaim(actor, await createPendingClaim(f)), outcomes: MODERATORS },
  listRegistrations: { run: ({ actor }) => listRegistrations(actor, {}), outcomes: MODERATORS },
  getRegistration: { run: async ({ actor }) => getRegistration(actor, await createPendingRegistration()), outcomes: MODERATORS },
  listAuditEvents: { run: ({ actor }) => listAuditEvents(actor, {}), outcomes: MODERATORS },
  listOutbox: { run: ({ actor }) => listOutbox(actor), outcomes: ADMINS },
  getTeam: { run: ({ actor, f }) => getTeam(actor, f.id), outcomes: [FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, OK, NOT_FOUND, OK] },
  listMyFacilities: { run: ({ actor }) => listMyFacilities(actor), outcomes: SIGNED_IN },
  getDraft: { run: ({ actor, f }) => getDraft(actor, f.id), outcomes: DRAFT_EDITORS },
  saveDraft: { run: ({ actor, f }) => saveDraft(actor, f.id, 0, { breachesReported: UNKNOWN }, nextIp()), outcomes: DRAFT_EDITORS },
  publishDraft: {
    run: async ({ actor, f }) => publishDraft(actor, f.id, await createDraft(f), ATTESTATION, nextIp()),
    outcomes: PUBLISHERS,
  },
  hideVersion: {
    run: async ({ actor, f }) => hideVersion(actor, (await createVersion(f)).id, "Wrong facility.", nextIp()),
    outcomes: MODERATORS,
  },
  fetchDisclosure: { run: async ({ actor, f }) => fetchDisclosure(actor, await setWebsite(f, site.origin), nextIp()), outcomes: FETCHERS },
  // Reports of inaccuracies: anyone sends one (tests/integration/reports.test.ts); only moderators read and decide.
  listReports: { run: ({ actor }) => listReports(actor, {}), outcomes: MODERATORS },
  getReport: { run: async ({ actor, f }) => getReport(actor, await createOpenReport(f)), outcomes: MODERATORS },
  decideReport: {
    run: async ({ actor, f }) => decideReport(actor, { id: await createOpenReport(f), decision: "resolve", note: "" }, nextIp()),
    outcomes: MODERATORS,
  },
};

const cases = Object.entries(operations).flatMap(([operation, { run, outcomes }]) =>
  ROLES.map((role, index) => {
    const outcome = outcomes[index]!;
    return [`${role} × ${operation}: ${outcome === OK ? OK : `refused (${outcome.name})`}`, { role, run, outcome }] as const;
  }),
);

describe("authorization matrix", () => {
  it("has an outcome for each of the 8 roles in each of the 28 operations", () => {
    for (const { outcomes } of Object.values(operations)) expect(outcomes).toHaveLength(ROLES.length);
    expect(cases).toHaveLength(28 * 8);
  });

  it.each(cases)("%s", async (_name, { role, run, outcome }) => {
    const facilities = await createFacilities();
    const scene = { ...facilities, actor: await createActor(role, facilities) };
    if (outcome === OK) {
      await run(scene);
      return;
    }
    const auditRows = await db().auditEvent.count();
    await expect(run(scene)).rejects.toThrow(outcome);
    expect(await db().auditEvent.count()).toBe(auditRows);
  });
});

const isMember = async (userId: string, facility: FacilityRef) =>
  (await db().membership.count({ where: { userId, facilityId: facility.id } })) === 1;
const isOpen = async (invitationId: string) =>
  (await db().invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt === null;
const draftOf = (facility: FacilityRef) =>
  db().disclosureDraft.findUnique({ where: { facilityId: facility.id }, select: { revision: true, content: true } });

// The team of G tries F's objects: "not found", never "forbidden", and nothing changes.
const crossTenant: Record<string, (actor: Actor, facilities: Facilities) => Promise<void>> = {
  "reads F's team": async (actor, { f }) => {
    await expect(getTeam(actor, f.id)).rejects.toThrow(NotFoundError);
  },
  "invites to F": async (actor, { f }) => {
    const email = someoneElse();
    await expect(inviteMember(actor, { facilityId: f.id, email, role: "EDITOR" }, nextIp())).rejects.toThrow(NotFoundError);
    expect(await db().invitation.count({ where: { email } })).toBe(0);
  },
  "revokes F's invitation": async (actor, { f }) => {
    const invitation = await createInvitation(f, someoneElse());
    await expect(revokeInvitation(actor, f.id, invitation.id, nextIp())).rejects.toThrow(NotFoundError);
    expect(await isOpen(invitation.id)).toBe(true);
  },
  "removes F's member": async (actor, { f }) => {
    const member = await createMember(f, "EDITOR");
    await expect(removeMember(actor, f.id, member.id, nextIp())).rejects.toThrow(NotFoundError);
    expect(await isMember(member.id, f)).toBe(true);
  },
  "reads F's draft": async (actor, { f }) => {
    await createDraft(f);
    await expect(getDraft(actor, f.id)).rejects.toThrow(NotFoundError);
  },
  "saves F's draft": async (actor, { f }) => {
    const revision = await createDraft(f);
    const before = await draftOf(f);
    await expect(saveDraft(actor, f.id, revision, { breachesReported: UNKNOWN }, nextIp())).rejects.toThrow(NotFoundError);
    expect(await draftOf(f)).toEqual(before);
  },
  "publishes F's draft": async (actor, { f }) => {
    const revision = await createDraft(f);
    await expect(publishDraft(actor, f.id, revision, ATTESTATION, nextIp())).rejects.toThrow(NotFoundError);
    expect(await db().disclosureVersion.count({ where: { facilityId: f.id } })).toBe(0);
    expect(await draftOf(f)).toMatchObject({ revision });
  },
  "fetches into F's draft": async (actor, { f }) => {
    await createDraft(f);
    const before = await draftOf(f);
    const asked = site.requests.length;
    await expect(fetchDisclosure(actor, await setWebsite(f, site.origin), nextIp())).rejects.toThrow(NotFoundError);
    expect(await draftOf(f)).toEqual(before);
    expect(site.requests).toHaveLength(asked);
  },
};

describe("another facility's team, invitations, members and draft", () => {
  const teamOfG = [
    ["editor", "EDITOR"],
    ["facility admin", "FACILITY_ADMIN"],
  ] as const;
  const crossCases = teamOfG.flatMap(([role, memberRole]) =>
    Object.entries(crossTenant).map(
      ([operation, check]) => [`${role} of G × ${operation}: refused (NotFoundError)`, memberRole, check] as const,
    ),
  );

  it.each(crossCases)("%s", async (_name, memberRole, check) => {
    const facilities = await createFacilities();
    await check(await createMember(facilities.g, memberRole), facilities);
  });

  it("facility admin of G cannot reach F's invitation or member through G", async () => {
    const { f, g } = await createFacilities();
    const adminOfG = await createMember(g, "FACILITY_ADMIN");
    const invitation = await createInvitation(f, someoneElse());
    const member = await createMember(f, "EDITOR");

    await expect(revokeInvitation(adminOfG, g.id, invitation.id, nextIp())).rejects.toThrow(NotFoundError);
    await expect(removeMember(adminOfG, g.id, member.id, nextIp())).rejects.toThrow(NotFoundError);
    expect(await isOpen(invitation.id)).toBe(true);
    expect(await isMember(member.id, f)).toBe(true);
  });
});
