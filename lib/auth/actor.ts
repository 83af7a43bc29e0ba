import { ForbiddenError } from "@/lib/errors";

export type GlobalRole = "USER" | "MODERATOR" | "ADMIN";

/** Who is acting: a signed-in account, or null for an anonymous visitor. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: GlobalRole;
  emailVerified: boolean;
} | null;

export type SignedIn = NonNullable<Actor>;

export function requireSignedIn(actor: Actor): SignedIn {
  if (!actor) throw new ForbiddenError("Sign in first.");
  return actor;
}

/** Claims, registrations and invitations need an address we know reaches the person. */
export function requireVerified(actor: Actor): SignedIn {
  const user = requireSignedIn(actor);
  if (!user.emailVerified) throw new ForbiddenError("Verify your email address first: follow the link we sent you.");
  return user;
}

export const isModerator = (actor: Actor) => actor?.role === "MODERATOR" || actor?.role === "ADMIN";
export const isAdmin = (actor: Actor) => actor?.role === "ADMIN";

export function requireModerator(actor: Actor): SignedIn {
  if (!isModerator(actor)) throw new ForbiddenError("Only moderators can do that.");
  return actor!;
}

export function requireAdmin(actor: Actor): SignedIn {
  if (!isAdmin(actor)) throw new ForbiddenError("Only administrators can do that.");
  return actor!;
}
