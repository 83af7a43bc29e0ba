import "server-only";
import { hashToken, newToken } from "@/lib/accounts/tokens";
import { isAdmin, requireSignedIn, requireVerified, type Actor, type SignedIn } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appLink } from "@/lib/mail/links";
import { invitationMessage } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { consume } from "@/lib/rate-limits/data";
import { MEMBER_ROLE_NAMES, type InviteInput, type MemberRoleValue } from "./schema";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type Reader = Pick<Prisma.TransactionClient, "membership">;

/** The actor's role at the facility; a facility they are not on is "not found", not "forbidden". */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function facilityRole(reader: Reader, actor: Actor, facilityId: string): Promise<MemberRoleValue> {
  const user = requireSignedIn(actor);
  if (!UUID.test(facilityId)) throw new NotFoundError("No such facility on your account.");
  const membership = await reader.membership.findUnique({
    where: { userId_facilityId: { userId: user.id, facilityId } },
    select: { role: true },
  });
  if (!membership) throw new NotFoundError("No such facility on your account.");
  return membership.role;
}

/** Facility admins manage their team; ScanAware administrators can step in for any facility. */
async function requireTeamManager(reader: Reader, actor: Actor, facilityId: string): Promise<SignedIn> {
  const user = requireSignedIn(actor);
  if (isAdmin(user)) return user;
  if ((await facilityRole(reader, user, facilityId)) !== "FACILITY_ADMIN") {
    throw new ForbiddenError("Only the facility's admins can manage its team.");
  }
  return user;
}

export async function listMyFacilities(actor: Actor) {
  const user = requireSignedIn(actor);
  return db().membership.findMany({
    where: { userId: user.id },
    orderBy: { facility: { name: "asc" } },
    select: { role: true, facility: { select: { id: true, name: true, slug: true, city: true, state: true } } },
  });
}

/** The team of a facility the actor is on (editors see it too; only admins change it). */
export async function getTeam(actor: Actor, facilityId: string) {
  const user = requireSignedIn(actor);
  const role = isAdmin(user) ? "FACILITY_ADMIN" : await facilityRole(db(), user, facilityId);
  const facility = await db().facility.findUnique({
    where: { id: facilityId },
    select: {
      id: true,
      name: true,
      slug: true,
      members: {
        orderBy: { createdAt: "asc" },
        select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
      },
      invitations: {
        where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
        select: { id: true, email: true, role: true, expiresAt: true },
      },
    },
  });
  if (!facility) throw new NotFoundError("No such facility.");
  return { facility, canManage: role === "FACILITY_ADMIN" };
}

export async function inviteMember(actor: Actor, input: InviteInput, ip: string): Promise<void> {
  const inviter = requireVerified(actor);
  const { token, tokenHash } = newToken();
  await requireTeamManager(db(), inviter, input.facilityId);
  await consume("invitationsPerAccount", inviter.id);
  const facility = await db().$transaction(async (tx) => {
    const already = await tx.membership.count({ where: { facilityId: input.facilityId, user: { email: input.email } } });
    if (already) throw new ConflictError("This person is already on the team.");
    // A new invitation to the same address replaces the old one, whose link stops working.
    await tx.invitation.updateMany({
      where: { facilityId: input.facilityId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const invitation = await tx.invitation.create({
      data: { ...input, tokenHash, invitedById: inviter.id, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
      select: { id: true, facility: { select: { name: true } } },
    });
    await recordAudit(tx, {
      actor: inviter,
      ip,
      action: "team.invited",
      subjectType: "invitation",
      subjectId: invitation.id,
      details: { facilityId: input.facilityId, email: input.email, role: input.role },
    });
    return invitation.facility;
  });
  await sendMail(
    invitationMessage(input.email, facility.name, inviter.name, MEMBER_ROLE_NAMES[input.role], appLink("/invitations", token)),
  );
}

export async function revokeInvitation(actor: Actor, facilityId: string, invitationId: string, ip: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const manager = await requireTeamManager(tx, actor, facilityId);
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, facilityId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count !== 1) throw new NotFoundError("No such open invitation.");
    await recordAudit(tx, {
      actor: manager,
      ip,
      action: "team.invitation-revoked",
      subjectType: "invitation",
      subjectId: invitationId,
      details: { facilityId },
    });
  });
}

/** Removes a member (or lets a member leave); a facility always keeps at least one admin. */
export async function removeMember(actor: Actor, facilityId: string, userId: string, ip: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const self = requireSignedIn(actor).id === userId;
    const manager = self ? requireSignedIn(actor) : await requireTeamManager(tx, actor, facilityId);
    if (self) await facilityRole(tx, manager, facilityId);
    const member = await tx.membership.findUnique({
      where: { userId_facilityId: { userId, facilityId } },
      select: { role: true, user: { select: { email: true } } },
    });
    if (!member) throw new NotFoundError("No such member.");
    if (member.role === "FACILITY_ADMIN") {
      // Locks the facility's admin rows so two admins removing each other cannot leave none.
      const admins = await tx.$queryRaw<{ user_id: string }[]>`
        SELECT user_id FROM membership WHERE facility_id = ${facilityId}::uuid AND role = 'FACILITY_ADMIN' FOR UPDATE`;
      if (admins.length <= 1) throw new ConflictError("A facility needs at least one admin: make someone else admin first.");
    }
    await tx.membership.delete({ where: { userId_facilityId: { userId, facilityId } } });
    await recordAudit(tx, {
      actor: manager,
      ip,
      action: "team.removed",
      subjectType: "facility",
      subjectId: facilityId,
      details: { member: member.user.email, role: member.role },
    });
  });
}

async function findInvitation(token: string) {
  return db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      facilityId: true,
      facility: { select: { name: true, slug: true } },
      invitedBy: { select: { name: true } },
    },
  });
}

/** What the invitation page shows; anyone holding the link may see whom it is for. */
export async function getInvitation(token: string) {
  const invitation = await findInvitation(token);
  if (!invitation) throw new NotFoundError("This invitation link is not valid.");
  const state = invitation.acceptedAt
    ? "accepted"
    : invitation.revokedAt
      ? "revoked"
      : invitation.expiresAt <= new Date()
        ? "expired"
        : "open";
  return { ...invitation, state } as const;
}

const INVITATION_CLOSED = {
  accepted: "This invitation has already been used.",
  revoked: "This invitation has been withdrawn.",
  expired: "This invitation has expired. Ask the facility's admin for a new one.",
} as const;

export async function acceptInvitation(actor: Actor, token: string, ip: string): Promise<{ facilityId: string }> {
  const user = requireVerified(actor);
  const invitation = await getInvitation(token);
  if (invitation.state !== "open") {
    throw new ConflictError(INVITATION_CLOSED[invitation.state]);
  }
  if (invitation.email !== user.email) {
    throw new ForbiddenError(`This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`);
  }
  await db().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (count !== 1) throw new ConflictError("This invitation has already been used.");
    const existing = await tx.membership.findUnique({
      where: { userId_facilityId: { userId: user.id, facilityId: invitation.facilityId } },
      select: { role: true },
    });
    // An invitation never demotes: an admin invited as editor stays admin.
    const role = existing?.role === "FACILITY_ADMIN" ? "FACILITY_ADMIN" : invitation.role;
    await tx.membership.upsert({
      where: { userId_facilityId: { userId: user.id, facilityId: invitation.facilityId } },
      create: { userId: user.id, facilityId: invitation.facilityId, role },
      update: { role },
    });
    await recordAudit(tx, {
      actor: user,
      ip,
      action: "team.joined",
      subjectType: "facility",
      subjectId: invitation.facilityId,
      details: { role },
    });
  });
  return { facilityId: invitation.facilityId };
}
