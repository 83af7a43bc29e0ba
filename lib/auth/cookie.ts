import "server-only";
import { env } from "@/lib/env";

/** Twelve hours, then sign in again: long enough for a working day, short for a shared computer. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * The session cookie, shared by next-auth (single sign-on) and the password sign-in. HttpOnly so
 * scripts cannot read it, SameSite=Lax so other sites cannot send it with their forms, and Secure
 * (with the __Secure- prefix) whenever the site is served over https.
 */
export function sessionCookie() {
  const secure = env().APP_URL.startsWith("https://");
  return {
    name: `${secure ? "__Secure-" : ""}scanaware.session`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}
