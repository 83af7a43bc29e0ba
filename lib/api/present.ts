import type { z } from "zod";
import type { Change } from "@/lib/changes/data";
import type { listPublicAiTools } from "@/lib/disclosures/data-tools";
import type { VersionSummary } from "@/lib/disclosures/data-versions";
import type { FacilitySummary } from "@/lib/facilities/data";
import type { PublicFacility } from "@/lib/facilities/data-public";
import type { aiToolResource, changeResource, facilityResource, facilitySummaryResource, versionSummaryResource } from "./resources";

// Rows from the data layer as the API's resources (lib/api/resources.ts), with absolute links.

type Out<T extends z.ZodType> = z.input<T>;

export const facilityPageUrl = (base: string, slug: string) => `${base}/facilities/${slug}`;
export const versionUrl = (base: string, facilityId: string, number: number) =>
  `${base}/api/v1/facilities/${facilityId}/versions/${number}`;

export function presentSummary(base: string, facility: FacilitySummary): Out<typeof facilitySummaryResource> {
  return {
    ...facility,
    disclosedAt: facility.disclosedAt?.toISOString() ?? null,
    updatedAt: facility.updatedAt.toISOString(),
    url: facilityPageUrl(base, facility.slug),
  };
}

export function presentFacility(base: string, facility: PublicFacility): Out<typeof facilityResource> {
  const { published, attestation, score, locationPrecision: _precision, ...fields } = facility;
  return {
    ...fields,
    disclosedAt: fields.disclosedAt?.toISOString() ?? null,
    updatedAt: fields.updatedAt.toISOString(),
    createdAt: fields.createdAt.toISOString(),
    url: facilityPageUrl(base, facility.slug),
    score: published ? score : null,
    disclosure:
      published && attestation
        ? {
            versionNumber: published.versionNumber,
            publishedAt: published.publishedAt.toISOString(),
            ...attestation,
            usesAi: published.usesAi,
            aiToolCount: published.toolCount,
            aiRunsWhere: published.runsWhere,
            modalities: published.modalities,
            aiTrainingSharing: published.aiTrainingSharing,
            optOutOffered: published.optOutOffered,
            version: versionUrl(base, facility.id, published.versionNumber),
          }
        : null,
    versions: `${base}/api/v1/facilities/${facility.id}/versions`,
    feed: `${facilityPageUrl(base, facility.slug)}/changes.atom`,
  };
}

/** The fields every version shows, published or withdrawn. */
export function presentVersionFields(version: VersionSummary) {
  const { id: _id, hiddenAt, hiddenReason, publishedAt, ...fields } = version;
  return { ...fields, publishedAt: publishedAt.toISOString(), withdrawnAt: hiddenAt?.toISOString() ?? null, withdrawnReason: hiddenReason };
}

export function presentVersionSummary(base: string, facilityId: string, version: VersionSummary): Out<typeof versionSummaryResource> {
  return { ...presentVersionFields(version), url: versionUrl(base, facilityId, version.number) };
}

type ToolRow = Awaited<ReturnType<typeof listPublicAiTools>>["tools"][number];

export function presentAiTool(tool: ToolRow): Out<typeof aiToolResource> {
  const { facility, versionId: _version, ...fields } = tool;
  return { ...fields, facilityName: facility.name, facilityState: facility.state };
}

const CHANGE_KIND = {
  FACILITY_ADDED: "facility.added",
  DISCLOSURE_PUBLISHED: "disclosure.published",
  DISCLOSURE_CORRECTED: "disclosure.corrected",
  DISCLOSURE_WITHDRAWN: "disclosure.withdrawn",
} as const;

export function presentChange(base: string, change: Change): Out<typeof changeResource> {
  return {
    id: String(change.id),
    at: change.at.toISOString(),
    kind: CHANGE_KIND[change.kind],
    facility: {
      id: change.facility.id,
      name: change.facility.name,
      state: change.facility.state,
      url: facilityPageUrl(base, change.facility.slug),
    },
    versionNumber: change.versionNumber,
    version: change.versionNumber === null ? null : versionUrl(base, change.facilityId, change.versionNumber),
  };
}
