import { z } from "zod";
import { answer } from "./answer";

/**
 * The disclosure format: one zod source for the form, the server, the published JSON Schema
 * (/api/v1/schemas/disclosure-1.0.json) and `npm run validate`. Changing what a disclosure can say means
 * a new DISCLOSURE_SCHEMA_VERSION; published versions keep the version they were written in.
 */
export const DISCLOSURE_SCHEMA_VERSION = "1.0";

const text = (max: number, what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, { error: `Enter ${what}.` })
    .max(max, { error: `Use at most ${max.toLocaleString("en-US")} characters.` });
const url = z.url({ protocol: /^https?$/, error: "Enter a web address starting with https://" });
const isoDate = z.iso.date({ error: "Enter a date as YYYY-MM-DD." });

export const MODALITIES = ["CT", "MR", "XR", "MG", "US", "PET", "NM", "FL", "OTHER"] as const;
export const BODY_REGIONS = [
  "head",
  "neck",
  "chest",
  "breast",
  "heart",
  "abdomen",
  "pelvis",
  "spine",
  "musculoskeletal",
  "whole_body",
  "other",
] as const;
export const PURPOSES = ["triage", "detection", "measurement", "reconstruction", "report_drafting", "operations", "other"] as const;
export const DECISION_ROLES = ["informs", "augments", "automates"] as const;
export const RUNS_WHERE = ["on_site", "facility_cloud", "vendor_cloud", "hybrid"] as const;
export const DATA_LEAVING = ["full_images", "deidentified_images", "headers_only", "derived_results", "nothing"] as const;
export const VENDOR_TRAINING = ["no", "opt_in", "opt_out", "yes"] as const;
export const SHARING_LEVELS = ["identifiable", "deidentified", "none"] as const;
export const RECIPIENTS = [
  "academic_researchers",
  "ai_vendors",
  "other_companies",
  "affiliated_organizations",
  "government",
  "other",
] as const;
export const OPT_OUT_COVERS = ["ai_processing", "training", "research_sharing"] as const;
export const DEID_OPTIONS = [
  "clean_pixel_data",
  "clean_recognizable_visual_features",
  "clean_graphics",
  "clean_structured_content",
  "clean_descriptors",
  "retain_longitudinal_temporal_information",
  "retain_patient_characteristics",
  "retain_device_identity",
  "retain_institution_identity",
  "retain_uids",
] as const;
export const BREACH_TYPES = ["hacking", "unauthorized_access", "theft", "loss", "improper_disposal", "other"] as const;

/** Years, or null for "kept indefinitely". */
const retention = z.object({ years: z.number({ error: "Enter a number of years." }).min(0).max(100).nullable() });

const sharing = z.object({
  research: answer(z.enum(SHARING_LEVELS)),
  productDevelopment: answer(z.enum(SHARING_LEVELS)),
  aiTraining: answer(z.enum(SHARING_LEVELS)),
  recipients: answer(z.array(z.enum(RECIPIENTS)).min(1, { error: "Choose at least one, or say why not." })),
  patientsAsked: answer(z.boolean()),
});

const optOut = z.object({
  offered: answer(z.boolean()),
  how: answer(text(2000, "how a patient opts out")),
  contact: answer(text(300, "whom to contact")),
  formUrl: answer(url),
  covers: answer(z.array(z.enum(OPT_OUT_COVERS)).min(1, { error: "Choose at least one, or say why not." })),
  cost: answer(text(300, "what opting out costs")),
  effectOnCare: answer(text(1000, "what opting out changes for the patient's care")),
});

const deidentification = z.object({
  basicProfile: answer(z.boolean()),
  options: answer(z.array(z.enum(DEID_OPTIONS))),
  defacingTool: answer(text(200, "the defacing tool")),
});

export const practicesSchema = z.object({
  usesAi: answer(z.boolean()),
  privacyPolicyUrls: answer(z.array(url).min(1).max(3, { error: "List at most 3 privacy policies." })),
  noticeOfPrivacyPracticesUrl: answer(url),
  aiPolicyUrl: answer(url),
  imageRetention: answer(retention),
  reportRetention: answer(retention),
  sharing,
  optOut,
  deidentification,
  patientsToldWhenAiUsed: answer(z.boolean()),
  privacyContact: answer(text(300, "a contact for privacy questions")),
});

/** K123456 (510(k)), DEN123456 (De Novo) or P123456 (PMA), optionally with a supplement (P123456/S001). */
export const FDA_NUMBER = /^(K\d{6}|DEN\d{6}|P\d{6}(\/S\d{3})?)$/;

export const aiToolSchema = z.object({
  productName: text(200, "the product's name"),
  version: answer(text(60, "the version")),
  vendor: text(200, "the vendor"),
  fdaNumber: answer(
    z.string().trim().toUpperCase().regex(FDA_NUMBER, { error: "An FDA number looks like K213456, DEN190040 or P200003." }),
  ),
  regulatoryStatus: answer(text(300, "the regulatory status")),
  modalities: answer(z.array(z.enum(MODALITIES)).min(1, { error: "Choose at least one." })),
  bodyRegions: answer(z.array(z.enum(BODY_REGIONS)).min(1, { error: "Choose at least one." })),
  purposes: answer(z.array(z.enum(PURPOSES)).min(1, { error: "Choose at least one." })),
  decisionRole: answer(z.enum(DECISION_ROLES)),
  runsWhere: answer(z.enum(RUNS_WHERE)),
  region: answer(text(120, "the country or region")),
  dataLeaving: answer(z.enum(DATA_LEAVING)),
  businessAssociateAgreement: answer(z.boolean()),
  vendorRetention: answer(text(300, "how long the vendor keeps data")),
  vendorTraining: answer(z.enum(VENDOR_TRAINING)),
  localValidation: answer(z.boolean()),
  note: z.string().trim().max(2000, { error: "Use at most 2,000 characters." }).default(""),
});

export const breachSchema = z.object({
  breachDate: answer(isoDate),
  discoveryDate: answer(isoDate),
  noticeDate: answer(isoDate),
  individualsAffected: answer(z.number().int().min(0)),
  type: answer(z.enum(BREACH_TYPES)),
  businessAssociateInvolved: answer(z.boolean()),
  noticeUrl: answer(url),
  mitigation: answer(text(2000, "what was done about it")),
});

export const disclosureSchema = z
  .object({
    schemaVersion: z.literal(DISCLOSURE_SCHEMA_VERSION, { error: `This file is not in disclosure format ${DISCLOSURE_SCHEMA_VERSION}.` }),
    practices: practicesSchema,
    aiTools: z.array(aiToolSchema).max(50),
    /** Reportable breaches involving imaging data in the last 6 years. */
    breachesReported: answer(z.boolean()),
    breaches: z.array(breachSchema).max(50),
  })
  .meta({ title: "ScanAware disclosure", description: "How a facility's AI tools and practices touch patients' scans." });

export type Disclosure = z.infer<typeof disclosureSchema>;
export type Practices = z.infer<typeof practicesSchema>;
export type AiTool = z.infer<typeof aiToolSchema>;
export type Breach = z.infer<typeof breachSchema>;

export const ATTESTATION_STATEMENT =
  "I attest that, to the best of my knowledge, this disclosure is accurate and complete, and that I am authorized to publish it for this facility.";

export const attestationSchema = z.object({
  attesterName: text(120, "your name"),
  attesterTitle: text(120, "your job title"),
  agree: z.literal("on", { error: "Confirm the statement to publish." }),
  correction: z.literal("on").optional().transform(Boolean),
});
