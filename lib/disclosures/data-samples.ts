import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { showVersion } from "@/lib/score/data";
import { ATTESTATION_STATEMENT, type Disclosure } from "./schema";

/** The account that sample disclosures are published under: it cannot sign in (no password). */
const SAMPLE_PUBLISHER = { email: "samples@scanaware.invalid", name: "ScanAware sample data" };

/**
 * Publishes the sample disclosure as version 1 of every sample facility that has none, so a new
 * install shows what a disclosure looks like. Sample facilities are labelled as such wherever they
 * appear, and their attester's name says it is fictional.
 */
export async function publishSampleDisclosures(disclosure: Disclosure): Promise<number> {
  return db().$transaction(async (tx) => {
    const publisher = await tx.user.upsert({
      where: { email: SAMPLE_PUBLISHER.email },
      create: SAMPLE_PUBLISHER,
      update: {},
      select: { id: true },
    });
    const facilities = await tx.facility.findMany({ where: { isSample: true, versions: { none: {} } }, select: { id: true } });
    const content = disclosure as unknown as Prisma.InputJsonObject;
    for (const facility of facilities) {
      const version = await tx.disclosureVersion.create({
        data: {
          facilityId: facility.id,
          number: 1,
          schemaVersion: disclosure.schemaVersion,
          content,
          publishedById: publisher.id,
          attesterName: "Jordan Example (fictional)",
          attesterTitle: "Privacy Officer of a sample facility",
          attestationStatement: ATTESTATION_STATEMENT,
        },
        select: { id: true, publishedAt: true },
      });
      await tx.disclosureDraft.create({
        data: { facilityId: facility.id, content, revision: 1, changed: false, basedOnVersion: 1, updatedById: publisher.id },
      });
      await showVersion(tx, facility.id, { ...version, content: disclosure });
    }
    return facilities.length;
  });
}
