import "server-only";
import { z } from "zod";
import { isModerator, requireSignedIn, type Actor, type SignedIn } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { FieldError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { facilityRole } from "@/lib/teams/data";
import { putImportedDraft } from "./data";
import { readDisclosureText } from "./read-file";
import { fetchWellKnown, wellKnownUrl } from "./well-known";

type Reader = Pick<Prisma.TransactionClient, "membership" | "facility">;

/**
 * Moderators may fetch for any facility, a facility's admins for theirs; someone not on its team
 * is told it is not found, before anything is fetched.
 */
async function requireFetcher(reader: Reader, user: SignedIn, facilityId: string) {
  if (!z.uuid().safeParse(facilityId).success) throw new NotFoundError("No such facility.");
  if (!isModerator(user) && (await facilityRole(reader, user, facilityId)) !== "FACILITY_ADMIN")
    throw new ForbiddenError("Only the facility's admins and ScanAware moderators can fetch its disclosure.");
  const facility = await reader.facility.findUnique({
    where: { id: facilityId },
    select: { website: true, members: { where: { userId: user.id }, select: { role: true } } },
  });
  if (!facility) throw new NotFoundError("No such facility.");
  return { website: facility.website, onTeam: facility.members.length > 0 };
}

export interface Fetched {
  url: string;
  revision: number;
  /** The actor is on the facility's team, so can open the draft (a moderator usually is not). */
  onTeam: boolean;
}

/**
 * Fetches the disclosure the facility publishes at its website's /.well-known/ai-disclosure.json
 * and puts it into its draft for the admins to review and publish. Every invalid answer is listed
 * and nothing is written; the network is never waited on inside a transaction.
 */
export async function fetchDisclosure(actor: Actor, facilityId: string, ip: string): Promise<Fetched> {
  const user = requireSignedIn(actor);
  const { website } = await requireFetcher(db(), user, facilityId);
  if (!website)
    throw new FieldError("facilityId", "This facility has no website on record, so there is nowhere to fetch its disclosure from.");
  const testOrigins = env().WELL_KNOWN_TEST_ORIGINS;
  const url = wellKnownUrl(website, testOrigins);
  const content = readDisclosureText(await fetchWellKnown(url, testOrigins), "facilityId", `The file at ${url.href}`);
  return db().$transaction(async (tx) => {
    // Checked again: a role taken away during the fetch no longer lets the import through.
    const { onTeam } = await requireFetcher(tx, user, facilityId);
    const revision = await putImportedDraft(tx, user, facilityId, content);
    await recordAudit(tx, {
      actor: user,
      ip,
      action: "disclosure.fetched",
      subjectType: "facility",
      subjectId: facilityId,
      details: { url: url.href, revision },
    });
    return { url: url.href, revision, onTeam };
  });
}
