import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/accounts/password";
import type { SignUpInput } from "@/lib/accounts/schema";
import type { Actor, GlobalRole, SignedIn } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import type { MemberRoleValue } from "@/lib/teams/schema";

// Accounts, facilities and memberships made directly with Prisma, so that a test of one data
// function does not depend on the others working.

// sendMail logs each message it keeps in the outbox; the tests read the outbox, so the log is noise.
logger.level = "warn";

/** Strong enough for the weakness check; every account made here has it. */
export const PASSWORD = "violet-tundra-57-lantern";

/** The roles of the authorization matrix, from least to most trusted. */
export const ROLES = [
  "anonymous",
  "unverified user",
  "verified user",
  "editor of another facility",
  "editor",
  "facility admin",
  "moderator",
  "admin",
] as const;

export type RoleName = (typeof ROLES)[number];

export interface FacilityRef {
  id: string;
  name: string;
  slug: string;
}

/** Facility F, whose team the matrix's editor and facility admin are on, and G, another one. */
export interface Facilities {
  f: FacilityRef;
  g: FacilityRef;
}

/** A short name no other row of this database has. */
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

let ipSequence = 0;

/** A client address of its own, so that one test never spends another's rate-limit allowance. */
export function nextIp(): string {
  ipSequence += 1;
  return `10.${(ipSequence >> 16) & 255}.${(ipSequence >> 8) & 255}.${ipSequence & 255}`;
}

let passwordHash: Promise<string> | undefined;

export async function createFacility(data: Partial<Prisma.FacilityCreateInput> = {}): Promise<FacilityRef> {
  const slug = unique("facility");
  const name = data.name ?? `Facility ${slug}`;
  return db().facility.create({
    data: {
      slug,
      name,
      kind: "IMAGING_CENTER",
      city: "Springfield",
      state: "IL",
      source: "CMS_IMPORT",
      searchText: `${name.toLowerCase()} springfield il`,
      ...data,
    },
    select: { id: true, name: true, slug: true },
  });
}

export async function createFacilities(): Promise<Facilities> {
  return { f: await createFacility(), g: await createFacility() };
}

export interface UserOptions {
  role?: GlobalRole;
  verified?: boolean;
  email?: string;
  name?: string;
}

/** An account with PASSWORD, as the actor the app would build from its session. */
export async function createUser({ role = "USER", verified = true, email, name = "Alex Example" }: UserOptions = {}): Promise<SignedIn> {
  passwordHash ??= hashPassword(PASSWORD);
  const user = await db().user.create({
    data: {
      email: email ?? `${unique("user")}@example.org`,
      name,
      role,
      passwordHash: await passwordHash,
      emailVerifiedAt: verified ? new Date() : null,
    },
    select: { id: true, email: true, name: true, role: true, emailVerifiedAt: true },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, emailVerified: user.emailVerifiedAt !== null };
}

/** A sign-up form for a new address. */
export function signUpInput(fields: Partial<SignUpInput> = {}): SignUpInput {
  return { name: "Alex Example", email: `${unique("new")}@example.org`, password: PASSWORD, ...fields };
}

async function addMember(user: { id: string }, facility: { id: string }, role: MemberRoleValue): Promise<void> {
  await db().membership.create({ data: { userId: user.id, facilityId: facility.id, role } });
}

/** A verified account on the facility's team in `role`. */
export async function createMember(facility: { id: string }, role: MemberRoleValue): Promise<SignedIn> {
  const user = await createUser();
  await addMember(user, facility, role);
  return user;
}

/** A fresh actor in one of the matrix's roles, relative to facility F (and G, "another facility"). */
export async function createActor(role: RoleName, { f, g }: Facilities): Promise<Actor> {
  switch (role) {
    case "anonymous":
      return null;
    case "unverified user":
      return createUser({ verified: false });
    case "verified user":
      return createUser();
    case "editor of another facility":
      return createMember(g, "EDITOR");
    case "editor":
      return createMember(f, "EDITOR");
    case "facility admin":
      return createMember(f, "FACILITY_ADMIN");
    case "moderator":
      return createUser({ role: "MODERATOR" });
    case "admin":
      return createUser({ role: "ADMIN" });
  }
}
