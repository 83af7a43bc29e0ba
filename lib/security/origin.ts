import { ForbiddenError } from "@/lib/errors";
import { isSameOrigin } from "./headers";

const CROSS_SITE_MESSAGE = "This form was sent from another site, so it was not accepted. Open ScanAware and try again.";

/**
 * Cross-site request forgery defence for everything that changes state: browsers send `Origin`
 * with every POST, so a missing, opaque ("null", from sandboxed frames and some redirects) or
 * foreign origin is refused (CVE-2026-27978 was Next.js accepting `Origin: null`). proxy.ts
 * answers such posts with a 403 before they reach a page; this check holds wherever the code runs.
 */
export function assertSameOrigin(headers: Headers): void {
  if (!isSameOrigin(headers)) throw new ForbiddenError(CROSS_SITE_MESSAGE);
}
