import "server-only";
import { requireModerator, requireVerified, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appLink } from "@/lib/mail/links";
import { claimDecisionMessage } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { consume } from "@/lib/rate-limits/data";
import { emailMatchesWebsite } from "./email-domain";
import type { ClaimInput, DecisionInput, ReviewStatusValue } from "./schema";

/** A verified account asks to become a facility admin of a listed (not sample) facility. */
export async function createClaim(actor: Actor, input: ClaimInput, ip: string): Promise<string> {
  const user = requireVerified(actor);
  await consume("claimsPerAccount", user.id);
  await consume("claimsPerIp", ip);
  return db().$transaction(async (tx) => {
    const facility = await tx.facility.findFirst({
      where: { id: input.facilityId, isSample: false },
      select: { id: true, website: true, members: { where: { userId: user.id }, select: { role: true } } },
    });
    if (!facility) throw new NotFoundError("No such facility.");
    if (facility.members.length > 0) throw new ConflictError("You are already on this facility's team.");
    const pending = await tx.claim.count({ where: { userId: user.id, facilityId: facility.id, status: "PENDING" } });
    if (pending > 0) throw new ConflictError("You already have a claim for this facility waiting for review.");
    const claim = await tx.claim.create({
      data: {
        userId: user.id,
        facilityId: facility.id,
        jobTitle: input.jobTitle,
        workPhone: input.workPhone,
        evidence: input.evidence,
        evidenceUrl: input.evidenceUrl,
        emailDomainMatches: emailMatchesWebsite(user.email, facility.website),
      },
      select: { id: true, emailDomainMatches: true },
    });
    await recordAudit(tx, {
      actor: user,
      ip,
      action: "claim.submitted",
      subjectType: "claim",
      subjectId: claim.id,
      details: { facilityId: facility.id, emailDomainMatches: claim.emailDomainMatches },
    });
    return claim.id;
  });
}

export async function listMyClaims(actor: Actor) {
  const user = requireVerified(actor);
  return db().claim.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      status: true,
      createdAt: true,
      decidedAt: true,
      decisionReason: true,
      facility: { select: { name: true, slug: true } },
    },
  });
}

const claimListSelect = {
  id: true,
  status: true,
  createdAt: true,
  decidedAt: true,
  emailDomainMatches: true,
  jobTitle: true,
  user: { select: { email: true, name: true } },
  facility: { select: { id: true, name: true, slug: true, city: true, state: true } },
  decidedBy: { select: { email: true } },
} satisfies Prisma.ClaimSelect;

export async function listClaims(actor: Actor, filter: { status?: ReviewStatusValue; q?: string }) {
  requireModerator(actor);
  const q = filter.q?.trim();
  return db().claim.findMany({
    where: {
      status: filter.status,
      OR: q
        ? [{ facility: { name: { contains: q, mode: "insensitive" } } }, { user: { email: { contains: q.toLowerCase() } } }]
        : undefined,
    },
    orderBy: filter.status === "PENDING" ? { createdAt: "asc" } : { createdAt: "desc" },
    take: 100,
    select: claimListSelect,
  });
}

export async function getClaim(actor: Actor, id: string) {
  requireModerator(actor);
  const claim = await db().claim.findUnique({
    where: { id },
    select: {
      ...claimListSelect,
      workPhone: true,
      evidence: true,
      evidenceUrl: true,
      decisionReason: true,
      user: { select: { id: true, email: true, name: true, createdAt: true } },
      facility: {
        select: {
          id: true,
          name: true,
          slug: true,
          city: true,
          state: true,
          website: true,
          phone: true,
          members: { select: { role: true, user: { select: { email: true, name: true } } } },
          claims: { where: { id: { not: id } }, select: { id: true, status: true, createdAt: true, user: { select: { email: true } } } },
        },
      },
    },
  });
  if (!claim) throw new NotFoundError("No such claim.");
  return claim;
}

/**
 * Approves (the claimant becomes a facility admin) or rejects a pending claim, and emails the
 * claimant either way. Nobody decides their own claim.
 */
export async function decideClaim(actor: Actor, input: DecisionInput, ip: string): Promise<void> {
  const moderator = requireModerator(actor);
  const approved = input.decision === "approve";
  const claim = await db().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: input.id },
      select: { id: true, userId: true, facilityId: true, user: { select: { email: true } }, facility: { select: { name: true } } },
    });
    if (!claim) throw new NotFoundError("No such claim.");
    if (claim.userId === moderator.id) throw new ConflictError("Another moderator must decide your own claim.");
    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, status: "PENDING" },
      data: {
        status: approved ? "APPROVED" : "REJECTED",
        decidedById: moderator.id,
        decidedAt: new Date(),
        decisionReason: input.reason || null,
      },
    });
    if (count !== 1) throw new ConflictError("This claim has already been decided.");
    if (approved) {
      await tx.membership.upsert({
        where: { userId_facilityId: { userId: claim.userId, facilityId: claim.facilityId } },
        create: { userId: claim.userId, facilityId: claim.facilityId, role: "FACILITY_ADMIN" },
        update: { role: "FACILITY_ADMIN" },
      });
    }
    await recordAudit(tx, {
      actor: moderator,
      ip,
      action: approved ? "claim.approved" : "claim.rejected",
      subjectType: "claim",
      subjectId: claim.id,
      details: { facilityId: claim.facilityId, claimant: claim.user.email, reason: input.reason },
    });
    return claim;
  });
  await sendMail(claimDecisionMessage(claim.user.email, claim.facility.name, approved, input.reason, appLink("/manage")));
}
