import { newToken } from "@/lib/accounts/tokens";
import { claimSchema, type ClaimInput, type DecisionInput } from "@/lib/claims/schema";
import { db } from "@/lib/db";
import { registrationSchema, type RegistrationInput } from "@/lib/registrations/schema";
import { INVITATION_TTL_MS } from "@/lib/teams/data";
import type { MemberRoleValue } from "@/lib/teams/schema";
import { createUser } from "./accounts";

// Claims, facility registrations and invitations: the inputs a form would send, and pending rows
// made directly with Prisma for tests that decide or revoke them.

const claimant = {
  jobTitle: "Radiology operations manager",
  workPhone: "555-201-3344 ext 12",
  evidence: "I run the imaging department; the front desk can confirm my role.",
};

/** A claim form for the facility, parsed by its schema as the action would. */
export function claimInput(facilityId: string): ClaimInput {
  return claimSchema.parse({ ...claimant, facilityId, evidenceUrl: "" });
}

export function registrationInput(fields: Partial<Record<keyof RegistrationInput, string>> = {}): RegistrationInput {
  return registrationSchema.parse({
    ...claimant,
    name: "Prairie Open MRI",
    kind: "IMAGING_CENTER",
    address: "1 Lincoln Square",
    city: "Springfield",
    state: "IL",
    zip: "62701",
    phone: "",
    website: "https://prairie-mri.example",
    ...fields,
  });
}

export const approval = (id: string): DecisionInput => ({ id, decision: "approve", reason: "" });
export const rejection = (id: string, reason = "We could not confirm that you work there."): DecisionInput => ({
  id,
  decision: "reject",
  reason,
});

/** A pending claim on the facility by a fresh verified account (or `by`). */
export async function createPendingClaim(facility: { id: string }, by?: { id: string }): Promise<string> {
  const user = by ?? (await createUser());
  const claim = await db().claim.create({
    data: { ...claimant, userId: user.id, facilityId: facility.id, emailDomainMatches: false },
    select: { id: true },
  });
  return claim.id;
}

/** A pending registration by a fresh verified account (or `by`). */
export async function createPendingRegistration(by?: { id: string }): Promise<string> {
  const user = by ?? (await createUser());
  const registration = await db().facilityRegistration.create({
    data: { ...registrationInput(), userId: user.id },
    select: { id: true },
  });
  return registration.id;
}

/** An open invitation to the facility for `email`, and the token its link carries. */
export async function createInvitation(
  facility: { id: string },
  email: string,
  role: MemberRoleValue = "EDITOR",
): Promise<{ id: string; token: string }> {
  const inviter = await createUser();
  const { token, tokenHash } = newToken();
  const invitation = await db().invitation.create({
    data: { facilityId: facility.id, email, role, tokenHash, invitedById: inviter.id, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
    select: { id: true },
  });
  return { id: invitation.id, token };
}
