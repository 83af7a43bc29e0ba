import "server-only";
import { db } from "@/lib/db";
import { RUBRIC_VERSION } from "@/lib/score/rubric";
import { facilityDetail } from "./data";

// A facility for the public API, found by any of its stable ids, with its current disclosure's
// key facts.

const CCN = /^[0-9A-Z]{6}$/;
const NPI = /^\d{10}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type FacilityIdentifier = { id: string } | { ccn: string } | { npi: string };

/** What an identifier is: a UUID, a CMS Certification Number or an NPI; null for anything else. */
export function parseIdentifier(value: string): FacilityIdentifier | null {
  if (UUID.test(value)) return { id: value.toLowerCase() };
  if (NPI.test(value)) return { npi: value };
  if (CCN.test(value.toUpperCase())) return { ccn: value.toUpperCase() };
  return null;
}

export async function findPublicFacility(identifier: FacilityIdentifier) {
  const facility = await db().facility.findUnique({
    where: identifier as { id: string },
    select: { ...facilityDetail, published: true },
  });
  if (!facility?.published) return facility && { ...facility, attestation: null, score: null };
  const { attesterName, attesterTitle, scores } = await db().disclosureVersion.findUniqueOrThrow({
    where: { id: facility.published.versionId },
    select: { attesterName: true, attesterTitle: true, scores: { where: { rubricVersion: RUBRIC_VERSION }, select: { score: true } } },
  });
  return { ...facility, attestation: { attesterName, attesterTitle }, score: scores[0]?.score ?? null };
}

export type PublicFacility = NonNullable<Awaited<ReturnType<typeof findPublicFacility>>>;
