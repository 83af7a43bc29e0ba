import { expect } from "vitest";
import type { AttestationInput } from "@/lib/disclosures/data";
import { DISCLOSURE_SCHEMA_VERSION, type AiTool, type Disclosure, type Practices } from "@/lib/disclosures/schema";

// A complete, valid disclosure as a facility would publish it, written out in full (not built from
// the form's examples) so that a change to the format shows up here as a type error. Pure: the unit
// tests use it too.

export const given = <T>(value: T) => ({ state: "answered" as const, value });
export const UNKNOWN = { state: "unknown" as const };
const DECLINED = { state: "declined" as const };
const NOT_APPLICABLE = { state: "not_applicable" as const };

export function completePractices(): Practices {
  return {
    usesAi: given(true),
    privacyPolicyUrls: given(["https://www.lakeside-imaging.example/privacy"]),
    noticeOfPrivacyPracticesUrl: given("https://www.lakeside-imaging.example/hipaa-notice.pdf"),
    aiPolicyUrl: NOT_APPLICABLE,
    imageRetention: given({ years: 7 }),
    reportRetention: given({ years: null }),
    sharing: {
      research: given("deidentified"),
      productDevelopment: given("none"),
      aiTraining: UNKNOWN,
      recipients: given(["academic_researchers", "affiliated_organizations"]),
      patientsAsked: given(false),
    },
    optOut: {
      offered: given(true),
      how: given("Tell the front desk at check-in, or fill in the form online before your visit."),
      contact: given("Radiology front desk, (555) 201-3300"),
      formUrl: given("https://www.lakeside-imaging.example/ai-opt-out"),
      covers: given(["training", "research_sharing"]),
      cost: given("Free"),
      effectOnCare: given("Nothing: a radiologist reads every scan either way."),
    },
    deidentification: {
      basicProfile: given(true),
      options: given(["clean_recognizable_visual_features", "retain_longitudinal_temporal_information"]),
      defacingTool: UNKNOWN,
    },
    patientsToldWhenAiUsed: DECLINED,
    privacyContact: given("Privacy Office, privacy@lakeside-imaging.example"),
  };
}

function aiTools(): AiTool[] {
  return [
    {
      productName: "ChestView Triage",
      version: given("3.2"),
      vendor: "Example Imaging AI, Inc.",
      fdaNumber: given("K213456"),
      regulatoryStatus: NOT_APPLICABLE,
      modalities: given(["CT", "XR"]),
      bodyRegions: given(["chest"]),
      purposes: given(["triage", "detection"]),
      decisionRole: given("informs"),
      runsWhere: given("vendor_cloud"),
      region: given("United States (Virginia)"),
      dataLeaving: given("deidentified_images"),
      businessAssociateAgreement: given(true),
      vendorRetention: given("Deleted within 30 days"),
      vendorTraining: given("no"),
      localValidation: given(true),
      note: "Every scan is still read by a radiologist.",
    },
    {
      productName: "QuietScan Reconstruction",
      version: UNKNOWN,
      vendor: "Scanner Maker Corp.",
      fdaNumber: UNKNOWN,
      regulatoryStatus: given("Built into the scanner"),
      modalities: given(["MR"]),
      bodyRegions: given(["head", "spine"]),
      purposes: given(["reconstruction"]),
      decisionRole: given("automates"),
      runsWhere: given("on_site"),
      region: NOT_APPLICABLE,
      dataLeaving: given("nothing"),
      businessAssociateAgreement: NOT_APPLICABLE,
      vendorRetention: NOT_APPLICABLE,
      vendorTraining: DECLINED,
      localValidation: UNKNOWN,
      note: "",
    },
  ];
}

/** A fresh complete disclosure, already in the form the schema outputs (trimmed, upper-cased). */
export function completeDisclosure(): Disclosure {
  return {
    schemaVersion: DISCLOSURE_SCHEMA_VERSION,
    practices: completePractices(),
    aiTools: aiTools(),
    breachesReported: given(true),
    breaches: [
      {
        breachDate: given("2024-03-02"),
        discoveryDate: given("2024-03-20"),
        noticeDate: given("2024-05-15"),
        individualsAffected: given(1200),
        type: given("hacking"),
        businessAssociateInvolved: UNKNOWN,
        noticeUrl: given("https://www.lakeside-imaging.example/notice"),
        mitigation: given("Passwords reset; the vendor was replaced."),
      },
    ],
  };
}

/** The complete disclosure with 5 different mistakes, in 3 parts of the format; as a file might hold. */
export function withFiveMistakes(): unknown {
  const file = completeDisclosure();
  const practices = file.practices as Record<string, unknown>;
  practices.privacyPolicyUrls = given(["a", "b", "c", "d"].map((page) => `https://${page}.example/privacy`));
  delete practices.privacyContact;
  file.aiTools[0]!.modalities = given([]);
  file.aiTools[1]!.fdaNumber = given("123456");
  file.breaches[0]!.breachDate = given("2024-13-45");
  return file;
}

/** Its problems, in the order validateDisclosure lists them. */
export const FIVE_MISTAKES = [
  { path: "practices.privacyPolicyUrls.value", message: "List at most 3 privacy policies." },
  { path: "practices.privacyContact", message: expect.stringMatching(/^Not answered yet/) },
  { path: "aiTools.0.modalities.value", message: "Choose at least one." },
  { path: "aiTools.1.fdaNumber.value", message: "An FDA number looks like K213456, DEN190040 or P200003." },
  { path: "breaches.0.breachDate.value", message: "Enter a date as YYYY-MM-DD." },
];

/** Everything a saveDraft patch can carry: the complete disclosure without its format version. */
export function completePatch(): Omit<Disclosure, "schemaVersion"> {
  const { schemaVersion: _format, ...patch } = completeDisclosure();
  return patch;
}

/** Complete practices whose privacy contact is `contact`: a text that tells one save from another. */
export const practicesWithContact = (contact: string): Practices => ({ ...completePractices(), privacyContact: given(contact) });

/** The privacy contact of a draft's or version's content, if it has one. */
export const contactOf = (content: unknown) => (content as { practices?: Practices } | null)?.practices?.privacyContact;

export const ATTESTATION: AttestationInput = { attesterName: "Dana Reyes", attesterTitle: "Director of Imaging", correction: false };
