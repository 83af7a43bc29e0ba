import { describe, expect, it } from "vitest";
import { createClaim, decideClaim } from "@/lib/claims/data";
import { decisionSchema } from "@/lib/claims/schema";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createRegistration, decideRegistration, getRegistration } from "@/lib/registrations/data";
import { acceptInvitation, getTeam, inviteMember, removeMember } from "@/lib/teams/data";
import { createFacility, createMember, createUser, nextIp, unique } from "./support/accounts";
import { linkToken, mailsTo, mailTo } from "./support/outbox";
import { approval, claimInput, createPendingRegistration, registrationInput, rejection } from "./support/requests";

const moderator = () => createUser({ role: "MODERATOR" });

const roleAt = async (userId: string, facilityId: string) =>
  (await db().membership.findUnique({ where: { userId_facilityId: { userId, facilityId } }, select: { role: true } }))?.role ?? null;

describe("claims", () => {
  it("flags a claimant whose address is on the facility's web domain", async () => {
    const facility = await createFacility({ website: "https://www.stmary.org/imaging" });
    const insider = await createUser({ email: "jo.radiographer@radiology.stmary.org" });
    const outsider = await createUser({ email: "jo.radiographer@mail.example" });

    const flagged = await createClaim(insider, claimInput(facility.id), nextIp());
    const unflagged = await createClaim(outsider, claimInput(facility.id), nextIp());

    const matches = async (id: string) => (await db().claim.findUniqueOrThrow({ where: { id } })).emailDomainMatches;
    expect(await matches(flagged)).toBe(true);
    expect(await matches(unflagged)).toBe(false);
  });

  it("approving makes the claimant a facility admin and tells them", async () => {
    const facility = await createFacility();
    const claimant = await createUser();
    const claimId = await createClaim(claimant, claimInput(facility.id), nextIp());
    const decider = await moderator();

    await decideClaim(decider, approval(claimId), nextIp());

    expect(await roleAt(claimant.id, facility.id)).toBe("FACILITY_ADMIN");
    expect(await db().claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({ status: "APPROVED", decidedById: decider.id });
    expect((await mailTo(claimant.email, "You now manage")).subject).toBe(`You now manage ${facility.name} on ScanAware`);
  });

  it("rejecting needs a reason, which the claimant is sent", async () => {
    const facility = await createFacility();
    const claimant = await createUser();
    const claimId = await createClaim(claimant, claimInput(facility.id), nextIp());

    const withoutReason = decisionSchema.safeParse({ id: claimId, decision: "reject", reason: " " });
    expect(withoutReason.error?.issues.map((issue) => issue.path)).toEqual([["reason"]]);
    expect(decisionSchema.safeParse({ id: claimId, decision: "approve", reason: "" }).success).toBe(true);

    const reason = "The phone number you gave does not reach the facility.";
    await decideClaim(await moderator(), decisionSchema.parse({ id: claimId, decision: "reject", reason }), nextIp());

    expect(await roleAt(claimant.id, facility.id)).toBeNull();
    expect((await db().claim.findUniqueOrThrow({ where: { id: claimId } })).decisionReason).toBe(reason);
    expect((await mailTo(claimant.email, "was not approved")).text).toContain(reason);
  });

  it("a moderator cannot decide their own claim; another one can", async () => {
    const facility = await createFacility();
    const claimant = await moderator();
    const claimId = await createClaim(claimant, claimInput(facility.id), nextIp());

    await expect(decideClaim(claimant, approval(claimId), nextIp())).rejects.toThrow(ConflictError);
    expect(await roleAt(claimant.id, facility.id)).toBeNull();

    await decideClaim(await moderator(), approval(claimId), nextIp());
    expect(await roleAt(claimant.id, facility.id)).toBe("FACILITY_ADMIN");
  });

  it("deciding a claim twice is a conflict", async () => {
    const claimId = await createClaim(await createUser(), claimInput((await createFacility()).id), nextIp());
    await decideClaim(await moderator(), approval(claimId), nextIp());

    await expect(decideClaim(await moderator(), rejection(claimId), nextIp())).rejects.toThrow(ConflictError);
    expect((await db().claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("APPROVED");
  });

  it("a sample facility cannot be claimed", async () => {
    const sample = await createFacility({ isSample: true });
    await expect(createClaim(await createUser(), claimInput(sample.id), nextIp())).rejects.toThrow(NotFoundError);
    expect(await db().claim.count({ where: { facilityId: sample.id } })).toBe(0);
  });
});

describe("registrations of facilities not in the directory", () => {
  it("shows the moderator a listed facility with the same ZIP as a possible duplicate", async () => {
    const nearby = await createFacility({ name: "Lakeside Diagnostic Imaging", zip: "62701" });
    const sample = await createFacility({ name: "Sample Open MRI", zip: "62701", isSample: true });
    const registrationId = await createRegistration(await createUser(), registrationInput({ zip: "62701" }), nextIp());

    const { registration, duplicates } = await getRegistration(await moderator(), registrationId);

    expect(registration).toMatchObject({ name: "Prairie Open MRI", status: "PENDING", facilityId: null });
    expect(duplicates.map((facility) => facility.id)).toContain(nearby.id);
    expect(duplicates.map((facility) => facility.id)).not.toContain(sample.id);
  });

  it("approving lists the facility as self-registered, with its proposer as facility admin", async () => {
    const proposer = await createUser();
    const registrationId = await createPendingRegistration(proposer);

    await decideRegistration(await moderator(), approval(registrationId), nextIp());

    const { facilityId, status } = await db().facilityRegistration.findUniqueOrThrow({ where: { id: registrationId } });
    expect(status).toBe("APPROVED");
    const facility = await db().facility.findUniqueOrThrow({ where: { id: facilityId! } });
    expect(facility).toMatchObject({ name: "Prairie Open MRI", source: "SELF_REGISTERED", zip: "62701", isSample: false });
    expect(await roleAt(proposer.id, facility.id)).toBe("FACILITY_ADMIN");
    expect((await mailTo(proposer.email, "is now listed")).subject).toBe("Prairie Open MRI is now listed on ScanAware");

    // A second place of the same name and town gets a slug of its own.
    const twin = await createPendingRegistration();
    await decideRegistration(await moderator(), approval(twin), nextIp());
    const twinFacilityId = (await db().facilityRegistration.findUniqueOrThrow({ where: { id: twin } })).facilityId!;
    expect((await db().facility.findUniqueOrThrow({ where: { id: twinFacilityId } })).slug).not.toBe(facility.slug);
  });

  it("rejecting creates no facility", async () => {
    const registrationId = await createPendingRegistration();
    const facilities = await db().facility.count();
    await decideRegistration(await moderator(), rejection(registrationId), nextIp());
    expect(await db().facility.count()).toBe(facilities);
  });
});

describe("invitations and team membership", () => {
  it("an invitation is for the invited address, makes them an editor, and works once", async () => {
    const facility = await createFacility();
    const admin = await createMember(facility, "FACILITY_ADMIN");
    const email = `${unique("invitee")}@example.org`;

    await inviteMember(admin, { facilityId: facility.id, email, role: "EDITOR" }, nextIp());
    const token = linkToken(await mailTo(email, `Join the ${facility.name} team`));

    const someoneElse = await createUser();
    await expect(acceptInvitation(someoneElse, token, nextIp())).rejects.toThrow(ForbiddenError);
    expect(await roleAt(someoneElse.id, facility.id)).toBeNull();

    const invitee = await createUser({ email });
    expect(await acceptInvitation(invitee, token, nextIp())).toEqual({ facilityId: facility.id });
    expect(await roleAt(invitee.id, facility.id)).toBe("EDITOR");

    await expect(acceptInvitation(invitee, token, nextIp())).rejects.toThrow(ConflictError);
    const { facility: team } = await getTeam(admin, facility.id);
    expect(team.invitations).toEqual([]);
    expect(team.members.map((member) => member.user.email)).toEqual([admin.email, email]);
  });

  it("a newer invitation to the same address replaces the older link", async () => {
    const facility = await createFacility();
    const admin = await createMember(facility, "FACILITY_ADMIN");
    const invitee = await createUser();
    const invite = () => inviteMember(admin, { facilityId: facility.id, email: invitee.email, role: "EDITOR" }, nextIp());

    await invite();
    const older = linkToken(await mailTo(invitee.email, "Join"));
    await invite();
    const newer = (await mailsTo(invitee.email)).map(linkToken).find((token) => token !== older)!;

    await expect(acceptInvitation(invitee, older, nextIp())).rejects.toThrow(ConflictError);
    await acceptInvitation(invitee, newer, nextIp());
    expect(await roleAt(invitee.id, facility.id)).toBe("EDITOR");
  });

  it("a facility always keeps at least one admin", async () => {
    const facility = await createFacility();
    const [first, second] = [await createMember(facility, "FACILITY_ADMIN"), await createMember(facility, "FACILITY_ADMIN")];
    const administrator = await createUser({ role: "ADMIN" });

    await removeMember(second, facility.id, first.id, nextIp());
    await expect(removeMember(second, facility.id, second.id, nextIp())).rejects.toThrow(ConflictError);
    await expect(removeMember(administrator, facility.id, second.id, nextIp())).rejects.toThrow(ConflictError);
    expect(await roleAt(second.id, facility.id)).toBe("FACILITY_ADMIN");

    // An editor may leave on their own.
    const editor = await createMember(facility, "EDITOR");
    await removeMember(editor, facility.id, editor.id, nextIp());
    expect(await roleAt(editor.id, facility.id)).toBeNull();
  });
});
