import { ForbiddenError } from "@/lib/errors";

/**
 * Cross-site request forgery defence for everything that changes state: browsers send `Origin`
 * with every POST, so a missing, opaque ("null", from sandboxed frames and some redirects) or
 * foreign origin is refused (CVE-2026-27978 was Next.js accepting `Origin: null`).
 */
export function assertSameOrigin(headers: Headers): void {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin && origin !== "null" ? new URL(origin).host : null;
  } catch {
    originHost = null;
  }
  if (!originHost || !host || originHost !== host) {
    throw new ForbiddenError("This form was sent from another site, so it was not accepted. Open ScanAware and try again.");
  }
}
