import { z } from "zod";
import { UNANSWERED_STATES } from "@/lib/disclosures/answer";
import { disclosureSchema } from "@/lib/disclosures/schema";
import { FACILITY_KINDS } from "@/lib/facilities/schema";
import { RUBRIC_VERSION } from "@/lib/score/rubric";
import { SECTION_KEYS } from "@/lib/stats/statistics";

// What the public API answers with, as zod schemas: the OpenAPI document is generated from these
// and the tests check real answers against that document, so the two cannot drift apart.

const timestamp = z.iso.datetime({ offset: true }).meta({ description: "ISO 8601 date and time (UTC)." });
const link = z.url().meta({ description: "An absolute URL." });

/** Each disclosure answer as flat text: the value, or why there is none (never an empty "no"). */
export const answerText = z.string().meta({
  description: `The answered value (yes/no for yes-or-no questions), or the reason there is none: ${[...UNANSWERED_STATES, "not_disclosed"].join(", ")}.`,
});

export const facilitySummaryResource = z
  .object({
    id: z.uuid().meta({ description: "ScanAware's stable id." }),
    slug: z.string(),
    name: z.string(),
    kind: z.enum(FACILITY_KINDS),
    city: z.string(),
    state: z.string().length(2),
    zip: z.string().nullable(),
    isSample: z.boolean().meta({ description: "Sample data, not a real facility." }),
    disclosedAt: timestamp.nullable().meta({ description: "When its current disclosure was published; null: none yet." }),
    updatedAt: timestamp,
    distance: z.number().nullable().meta({ description: "From the `near` ZIP code, in `distanceUnit`; null without `near`." }),
    score: z
      .int()
      .min(0)
      .max(100)
      .nullable()
      .meta({
        description: `Transparency score (0–100) of its current disclosure under rubric ${RUBRIC_VERSION}: how complete and specific the disclosure is, not whether its practices are good (see /methodology). null: not yet disclosed, or not scored yet.`,
      }),
    url: link.meta({ description: "The facility's page for patients." }),
  })
  .meta({ id: "FacilitySummary" });

export const currentDisclosureResource = z
  .object({
    versionNumber: z.int(),
    publishedAt: timestamp,
    attesterName: z.string(),
    attesterTitle: z.string(),
    usesAi: answerText,
    aiToolCount: z.int(),
    aiRunsWhere: z.array(answerText).meta({ description: "Where its AI tools run, one entry per distinct answer." }),
    modalities: z.array(z.string()),
    aiTrainingSharing: answerText.meta({
      description: "Whether the facility shares scans to train AI: identifiable, deidentified, none, or why not answered.",
    }),
    optOutOffered: answerText,
    version: link.meta({ description: "The full version in the API." }),
  })
  .meta({ id: "CurrentDisclosure" });

export const facilityResource = facilitySummaryResource
  .omit({ distance: true })
  .extend({
    ccn: z.string().nullable().meta({ description: "CMS Certification Number." }),
    npi: z.string().nullable().meta({ description: "National Provider Identifier." }),
    address: z.string().nullable(),
    county: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    ownership: z.string().nullable(),
    source: z.enum(["CMS_IMPORT", "SELF_REGISTERED", "MODERATOR"]),
    createdAt: timestamp,
    disclosure: currentDisclosureResource.nullable().meta({ description: "The current disclosure's key facts; null: not yet disclosed." }),
    versions: link,
    feed: link.meta({ description: "Atom feed of this facility's changes." }),
  })
  .meta({ id: "Facility" });

const versionFields = {
  number: z.int(),
  kind: z.enum(["PUBLICATION", "CORRECTION"]),
  schemaVersion: z.string(),
  publishedAt: timestamp,
  attesterName: z.string(),
  attesterTitle: z.string(),
  attestationStatement: z.string(),
  withdrawnAt: timestamp.nullable().meta({ description: "When a moderator withdrew it; its content is no longer shown." }),
  withdrawnReason: z.string().nullable(),
};

export const versionSummaryResource = z.object({ ...versionFields, url: link }).meta({ id: "VersionSummary" });

export const versionResource = z
  .object({
    ...versionFields,
    facilityId: z.uuid(),
    content: disclosureSchema
      .nullable()
      .meta({ description: "The disclosure as published (format: /api/v1/schemas/disclosure-1.0.json); null when withdrawn." }),
  })
  .meta({ id: "Version" });

export const aiToolResource = z
  .object({
    facilityId: z.uuid(),
    facilityName: z.string(),
    facilityState: z.string().length(2),
    versionNumber: z.int(),
    position: z.int().meta({ description: "Its place in the facility's list of AI tools, from 0." }),
    productName: z.string(),
    productVersion: answerText,
    vendor: z.string(),
    fdaNumber: answerText,
    regulatoryStatus: answerText,
    modalities: z.array(z.string()),
    bodyRegions: z.array(z.string()),
    purposes: z.array(z.string()),
    decisionRole: answerText,
    runsWhere: answerText,
    region: answerText,
    dataLeaving: answerText,
    businessAssociateAgreement: answerText,
    vendorRetention: answerText,
    vendorTraining: answerText,
    localValidation: answerText,
    note: z.string(),
  })
  .meta({ id: "AiTool" });

export const CHANGE_KINDS = ["facility.added", "disclosure.published", "disclosure.corrected", "disclosure.withdrawn"] as const;

export const changeResource = z
  .object({
    id: z.string().meta({ description: "Increasing; pass the last one seen as `since`." }),
    at: timestamp,
    kind: z.enum(CHANGE_KINDS),
    facility: z.object({ id: z.uuid(), name: z.string(), state: z.string().length(2), url: link }),
    versionNumber: z.int().nullable(),
    version: link.nullable(),
  })
  .meta({ id: "Change" });

export const statisticsResource = z
  .object({
    computedAt: timestamp,
    excludesSampleFacilities: z.literal(true),
    listed: z.int().meta({ description: "Facilities in the directory." }),
    disclosed: z.int().meta({ description: "Of those, with a published disclosure." }),
    tools: z.int().meta({ description: "AI tools in current disclosures." }),
    rows: z.array(
      z.object({
        section: z.enum(SECTION_KEYS),
        key: z.string(),
        label: z.string(),
        count: z.int(),
        out_of: z.int().nullable(),
        share: z.number().nullable().meta({ description: "count / out_of, to 4 decimal places." }),
        answered: z.boolean().meta({ description: "False for unknown, declined, not applicable and not disclosed." }),
      }),
    ),
  })
  .meta({ id: "Statistics" });

export const problemResource = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    invalidParams: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });

/** A page of items; `next` is absent on the last page. */
export function pageOf<T extends z.ZodType>(item: T, id: string, extra: z.ZodRawShape = {}) {
  return z
    .object({
      data: z.array(item),
      next: z.string().optional().meta({ description: "Cursor for the next page; absent on the last one." }),
      nextUrl: link.optional(),
      ...extra,
    })
    .meta({ id });
}
