import "server-only";
import { requireModerator, requireVerified, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import type { DecisionInput, ReviewStatusValue } from "@/lib/claims/schema";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { locateZip } from "@/lib/facilities/geocode";
import { facilitySearchText, normalizeForSearch, slugify } from "@/lib/facilities/search-text";
import { appLink } from "@/lib/mail/links";
import { registrationDecisionMessage } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { consume } from "@/lib/rate-limits/data";
import type { RegistrationInput } from "./schema";

export async function createRegistration(actor: Actor, input: RegistrationInput, ip: string): Promise<string> {
  const user = requireVerified(actor);
  await consume("registrationsPerAccount", user.id);
  return db().$transaction(async (tx) => {
    const registration = await tx.facilityRegistration.create({
      data: { ...input, phone: input.phone ?? null, userId: user.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: user,
      ip,
      action: "registration.submitted",
      subjectType: "registration",
      subjectId: registration.id,
      details: { name: input.name, city: input.city, state: input.state },
    });
    return registration.id;
  });
}

export async function listMyRegistrations(actor: Actor) {
  const user = requireVerified(actor);
  return db().facilityRegistration.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, city: true, state: true, status: true, decisionReason: true, createdAt: true },
  });
}

export async function listRegistrations(actor: Actor, filter: { status?: ReviewStatusValue; q?: string }) {
  requireModerator(actor);
  const q = filter.q?.trim();
  return db().facilityRegistration.findMany({
    where: {
      status: filter.status,
      OR: q ? [{ name: { contains: q, mode: "insensitive" } }, { user: { email: { contains: q.toLowerCase() } } }] : undefined,
    },
    orderBy: filter.status === "PENDING" ? { createdAt: "asc" } : { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      name: true,
      city: true,
      state: true,
      status: true,
      createdAt: true,
      decidedAt: true,
      user: { select: { email: true } },
      decidedBy: { select: { email: true } },
    },
  });
}

/** Listed facilities that may be the same place: same ZIP, or a similar name in the same state. */
async function possibleDuplicates(name: string, state: string, zip: string) {
  const text = normalizeForSearch(name);
  return db().$queryRaw<{ id: string; slug: string; name: string; city: string; state: string; zip: string | null }[]>`
    SELECT id, slug, name, city, state, zip FROM facility
    WHERE NOT is_sample AND state = ${state} AND (zip = ${zip} OR similarity(search_text, ${text}) > 0.35)
    ORDER BY similarity(search_text, ${text}) DESC
    LIMIT 5`;
}

export async function getRegistration(actor: Actor, id: string) {
  requireModerator(actor);
  const registration = await db().facilityRegistration.findUnique({
    where: { id },
    include: {
      user: { select: { email: true, name: true } },
      decidedBy: { select: { email: true } },
      facility: { select: { slug: true } },
    },
  });
  if (!registration) throw new NotFoundError("No such request.");
  return { registration, duplicates: await possibleDuplicates(registration.name, registration.state, registration.zip) };
}

/**
 * Approving creates the facility (public from then on) with its proposer as facility admin;
 * rejecting leaves nothing public. The proposer is emailed either way.
 */
export async function decideRegistration(actor: Actor, input: DecisionInput, ip: string): Promise<void> {
  const moderator = requireModerator(actor);
  const approved = input.decision === "approve";
  const registration = await db().$transaction(async (tx) => {
    const registration = await tx.facilityRegistration.findUnique({
      where: { id: input.id },
      include: { user: { select: { email: true } } },
    });
    if (!registration) throw new NotFoundError("No such request.");
    if (registration.userId === moderator.id) throw new ConflictError("Another moderator must decide your own request.");
    const { count } = await tx.facilityRegistration.updateMany({
      where: { id: registration.id, status: "PENDING" },
      data: {
        status: approved ? "APPROVED" : "REJECTED",
        decidedById: moderator.id,
        decidedAt: new Date(),
        decisionReason: input.reason || null,
      },
    });
    if (count !== 1) throw new ConflictError("This request has already been decided.");
    let facilityId: string | null = null;
    if (approved) {
      const location = locateZip(registration.zip);
      const baseSlug = slugify(`${registration.name} ${registration.city} ${registration.state}`);
      const taken = await tx.facility.count({ where: { slug: baseSlug } });
      const facility = await tx.facility.create({
        data: {
          slug: taken ? `${baseSlug}-${registration.id.slice(0, 8)}` : baseSlug,
          name: registration.name,
          kind: registration.kind,
          address: registration.address,
          city: registration.city,
          state: registration.state,
          zip: registration.zip,
          phone: registration.phone,
          website: registration.website,
          source: "SELF_REGISTERED",
          searchText: facilitySearchText(registration),
          latitude: location?.latitude,
          longitude: location?.longitude,
          locationPrecision: location?.precision,
        },
        select: { id: true },
      });
      facilityId = facility.id;
      await tx.facilityRegistration.update({ where: { id: registration.id }, data: { facilityId } });
      await tx.membership.create({ data: { userId: registration.userId, facilityId, role: "FACILITY_ADMIN" } });
    }
    await recordAudit(tx, {
      actor: moderator,
      ip,
      action: approved ? "registration.approved" : "registration.rejected",
      subjectType: "registration",
      subjectId: registration.id,
      details: { facilityId, proposer: registration.user.email, reason: input.reason },
    });
    return registration;
  });
  await sendMail(registrationDecisionMessage(registration.user.email, registration.name, approved, input.reason, appLink("/manage")));
}
