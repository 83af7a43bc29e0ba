import "server-only";
import { db } from "@/lib/db";
import type { Disclosure } from "@/lib/disclosures/schema";
import type { Prisma } from "@/lib/generated/prisma/client";

// The facilities a patient compares, with what each has disclosed: two queries whatever their
// number. public_disclosure names each facility's current version (the newest one not hidden,
// kept by a trigger), so no per-facility "newest version" query is needed.

const facilityColumns = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  city: true,
  state: true,
  isSample: true,
} satisfies Prisma.FacilitySelect;

export type ComparedFacility = Prisma.FacilityGetPayload<{ select: typeof facilityColumns }> & {
  version: { number: number; publishedAt: Date; attesterName: string; attesterTitle: string } | null;
  disclosure: Disclosure | null;
};

/** Public. Facilities in the order of `slugs`; `unknown` lists the slugs that name none. */
export async function getComparedFacilities(slugs: readonly string[]): Promise<{ facilities: ComparedFacility[]; unknown: string[] }> {
  const found = await db().facility.findMany({
    where: { slug: { in: [...slugs] } },
    select: { ...facilityColumns, published: { select: { versionId: true } } },
  });
  const versionIds = found.flatMap((facility) => (facility.published ? [facility.published.versionId] : []));
  const versions = versionIds.length
    ? await db().disclosureVersion.findMany({
        where: { id: { in: versionIds }, hiddenAt: null },
        select: { facilityId: true, number: true, publishedAt: true, attesterName: true, attesterTitle: true, content: true },
      })
    : [];
  const bySlug = new Map(found.map((facility) => [facility.slug, facility]));
  const versionOf = new Map(versions.map((version) => [version.facilityId, version]));
  const facilities = slugs.flatMap((slug): ComparedFacility[] => {
    const facility = bySlug.get(slug);
    if (!facility) return [];
    const { published: _, ...columns } = facility;
    const version = versionOf.get(facility.id);
    return [
      {
        ...columns,
        version: version
          ? {
              number: version.number,
              publishedAt: version.publishedAt,
              attesterName: version.attesterName,
              attesterTitle: version.attesterTitle,
            }
          : null,
        disclosure: version ? (version.content as unknown as Disclosure) : null,
      },
    ];
  });
  return { facilities, unknown: slugs.filter((slug) => !bySlug.has(slug)) };
}
