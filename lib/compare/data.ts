import "server-only";
import { db } from "@/lib/db";
import type { Disclosure } from "@/lib/disclosures/schema";

// The facilities a patient compares, with what each has disclosed: two queries whatever their
// number. public_disclosure names each facility's current version (the newest one not hidden,
// kept by a trigger), so no per-facility "newest version" query is needed.

export interface ComparedFacility {
  id: string;
  slug: string;
  name: string;
  kind: "HOSPITAL" | "IMAGING_CENTER" | "MOBILE_UNIT" | "OTHER";
  city: string;
  state: string;
  isSample: boolean;
  version: { number: number; publishedAt: Date; attesterName: string; attesterTitle: string } | null;
  disclosure: Disclosure | null;
}

/** Public. Facilities in the order of `slugs`; `unknown` lists the slugs that name none. */
export async function getComparedFacilities(slugs: readonly string[]): Promise<{ facilities: ComparedFacility[]; unknown: string[] }> {
  const found = await db().facility.findMany({
    where: { slug: { in: [...slugs] } },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      city: true,
      state: true,
      isSample: true,
      published: { select: { versionId: true } },
    },
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
    const { id, name, kind, city, state, isSample } = facility;
    const version = versionOf.get(id);
    return [
      {
        id,
        slug,
        name,
        kind,
        city,
        state,
        isSample,
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
