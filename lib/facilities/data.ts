import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Real facilities a patient can look up; sample facilities are never counted. */
export function countListedFacilities(): Promise<number> {
  return db().facility.count({ where: { isSample: false } });
}

/** Creates the sample facilities that do not exist yet; existing ones are left as they are. */
export async function createSampleFacilities(samples: Prisma.FacilityCreateInput[]): Promise<number> {
  const { count } = await db().facility.createMany({
    data: samples.map((sample) => ({ ...sample, isSample: true })),
    skipDuplicates: true,
  });
  return count;
}
