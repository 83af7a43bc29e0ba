import type { Answer } from "./answer";
import { DISCLOSURE_SCHEMA_VERSION, type Disclosure } from "./schema";

// A complete, realistic disclosure for the fictional sample facilities and for tests: one tool on
// the facility's own computers, one in a vendor's cloud, a breach, and the unknown and declined
// answers a real facility gives, so every way of showing an answer appears on the sample pages.

const answered = <T>(value: T): Answer<T> => ({ state: "answered", value });
const unknown = { state: "unknown" } as const;
const declined = { state: "declined" } as const;
const notApplicable = { state: "not_applicable" } as const;

export const sampleDisclosure: Disclosure = {
  schemaVersion: DISCLOSURE_SCHEMA_VERSION,
  practices: {
    usesAi: answered(true),
    privacyPolicyUrls: answered(["https://www.example.org/sample-imaging/privacy"]),
    noticeOfPrivacyPracticesUrl: answered("https://www.example.org/sample-imaging/hipaa-notice.pdf"),
    aiPolicyUrl: notApplicable,
    imageRetention: answered({ years: 7 }),
    reportRetention: answered({ years: null }),
    sharing: {
      research: answered("deidentified"),
      productDevelopment: answered("none"),
      aiTraining: unknown,
      recipients: answered(["academic_researchers"]),
      patientsAsked: answered(false),
    },
    optOut: {
      offered: answered(true),
      how: answered("Tell the front desk when you check in, or fill in the form online before your visit."),
      contact: answered("Radiology front desk, (555) 201-3300"),
      formUrl: answered("https://www.example.org/sample-imaging/ai-opt-out"),
      covers: answered(["research_sharing"]),
      cost: answered("Free"),
      effectOnCare: declined,
    },
    deidentification: {
      basicProfile: answered(true),
      options: answered(["clean_pixel_data", "clean_recognizable_visual_features"]),
      defacingTool: unknown,
    },
    patientsToldWhenAiUsed: answered(true),
    privacyContact: answered("Privacy Office, privacy@example.org, (555) 201-3344"),
  },
  aiTools: [
    {
      productName: "ChestView Triage",
      version: answered("3.2"),
      vendor: "Example Imaging AI, Inc.",
      fdaNumber: answered("K213456"),
      regulatoryStatus: notApplicable,
      modalities: answered(["CT", "XR"]),
      bodyRegions: answered(["chest"]),
      purposes: answered(["triage", "detection"]),
      decisionRole: answered("informs"),
      runsWhere: answered("vendor_cloud"),
      region: answered("United States (Virginia)"),
      dataLeaving: answered("deidentified_images"),
      businessAssociateAgreement: answered(true),
      vendorRetention: answered("Deleted within 30 days"),
      vendorTraining: declined,
      localValidation: unknown,
      note: "Every scan is still read by a radiologist.",
    },
    {
      productName: "ClearScan Reconstruction",
      version: unknown,
      vendor: "Sample Scanner Co.",
      fdaNumber: answered("K201234"),
      regulatoryStatus: notApplicable,
      modalities: answered(["MR"]),
      bodyRegions: answered(["head", "spine", "musculoskeletal"]),
      purposes: answered(["reconstruction"]),
      decisionRole: answered("augments"),
      runsWhere: answered("on_site"),
      region: notApplicable,
      dataLeaving: answered("nothing"),
      businessAssociateAgreement: notApplicable,
      vendorRetention: notApplicable,
      vendorTraining: answered("no"),
      localValidation: answered(true),
      note: "",
    },
  ],
  breachesReported: answered(true),
  breaches: [
    {
      breachDate: answered("2022-03-02"),
      discoveryDate: answered("2022-03-20"),
      noticeDate: answered("2022-05-15"),
      individualsAffected: answered(1200),
      type: answered("hacking"),
      businessAssociateInvolved: answered(true),
      noticeUrl: answered("https://www.example.org/sample-imaging/breach-notice"),
      mitigation: declined,
    },
  ],
};
