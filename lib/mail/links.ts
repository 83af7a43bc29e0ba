import "server-only";
import { env } from "@/lib/env";

/**
 * A link for an email, always on APP_URL: never built from the request's Host header, which an
 * attacker could set to send a victim's reset link to their own site.
 */
export function appLink(path: string, token?: string): string {
  const url = new URL(path, env().APP_URL);
  if (token) url.searchParams.set("token", token);
  return url.toString();
}
