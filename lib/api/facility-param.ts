import "server-only";
import { findPublicFacility, parseIdentifier, type PublicFacility } from "@/lib/facilities/data-public";
import { IDENTIFIER_HELP } from "./params";
import { invalidParams, problem } from "./problem";

/** The facility a URL's {id} names, or the 400/404 answer to send instead. */
export async function facilityFromPath(id: string): Promise<PublicFacility | Response> {
  const identifier = parseIdentifier(id);
  if (!identifier) return invalidParams({ id: IDENTIFIER_HELP });
  return (await findPublicFacility(identifier)) ?? problem(404, "Not found", `No facility has the id ${id}`);
}
