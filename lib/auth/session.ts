import "server-only";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getSessionUser } from "@/lib/accounts/data";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/security/client-ip";
import type { Actor, SignedIn } from "./actor";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "./cookie";
import { authOptions } from "./options";

interface SessionClaims {
  userId?: string;
  authTime?: number;
}

/**
 * The signed-in account for this request, or null. A session that began before the account's
 * last password change or "sign out everywhere" is no longer honoured, even though its cookie is
 * still validly signed.
 */
export const getActor = cache(async (): Promise<Actor> => {
  const session = (await getServerSession(authOptions())) as SessionClaims | null;
  if (!session?.userId || typeof session.authTime !== "number") return null;
  // next-auth slides the cookie's expiry when its session endpoint is called; the limit counts
  // from sign-in, whatever the cookie says.
  if (Date.now() - session.authTime > SESSION_MAX_AGE_SECONDS * 1000) return null;
  return getSessionUser(session.userId, new Date(session.authTime));
});

/** For pages behind sign-in: the account, or a trip to the sign-in page that comes back here. */
export async function requireActor(returnTo: string): Promise<SignedIn> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

export async function startSession(userId: string): Promise<void> {
  const cookie = sessionCookie();
  const value = await encode({
    token: { sub: userId, authTime: Date.now() },
    secret: env().AUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(cookie.name, value, { ...cookie.options, maxAge: SESSION_MAX_AGE_SECONDS });
}

export async function endSession(): Promise<void> {
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, "", { ...cookie.options, maxAge: 0 });
}

/** The client's address, for rate limits and the audit log. */
export async function requestIp(): Promise<string> {
  return clientIp(await headers(), env().TRUST_PROXY);
}
