import type { UnansweredState } from "@/lib/disclosures/answer";

// The words of each scored item's explanation (ScoredItem.why), in English. English is what is
// stored with a score and served by the API, so these words are part of published data: scores
// already stored keep the words they were given. Other languages (./rubric-es.ts) give the same
// keys, and are only shown on pages, worded again from the disclosure.

/** Each question the rubric grades (Part.what), in a few words. */
const PART_NAMES = {
  usesAi: "Uses AI",
  privacyPolicy: "Privacy policy",
  noticeOfPrivacyPractices: "Notice of privacy practices",
  imageRetention: "Image retention",
  reportRetention: "Report retention",
  aiTrainingSharing: "Sharing for AI training",
  researchSharing: "Sharing for research",
  productDevelopmentSharing: "Sharing for product development",
  recipients: "Recipients",
  patientsAsked: "Patients asked",
  optOutOffered: "Opt-out offered",
  optOutHow: "How to opt out",
  optOutForm: "Opt-out form",
  optOutContact: "Opt-out contact",
  optOutCovers: "What the opt-out covers",
  basicProfile: "Basic de-identification profile",
  deidentificationOptions: "De-identification options",
  patientsTold: "Patients told",
  privacyContact: "Privacy contact",
  breachesReported: "Breaches reported",
  breachesListed: "Breaches listed",
  runsWhere: "Where it runs",
  region: "Region",
  dataLeaving: "Data leaving",
  vendorTraining: "Vendor training",
  fdaNumber: "FDA number",
  regulatoryStatus: "Regulatory status",
  localValidation: "Local validation",
};

/** Why a question is not counted (Part.skip), or earns less than its points (a grade's note). */
const NOTES = {
  noSharing: "no sharing, so nobody to name or ask",
  noOptOut: "no opt-out offered, so nothing more to describe",
  noBreach: "no breach reported, so none to list",
  onSite: "runs on-site",
  noLink: "no link given",
  noneListed: "none listed",
};

export type PartName = keyof typeof PART_NAMES;
export type WhyNote = keyof typeof NOTES;

export interface WhyWords {
  parts: Record<PartName, string>;
  notes: Record<WhyNote, string>;
  answered: string;
  unanswered: Record<UnansweredState, string>;
  /** A question the version does not have: it came out before the question was asked. */
  missing: string;
  /** Tool items of a facility that lists no tools: it says it uses no AI, it says it does, or neither. */
  noAi: string;
  aiWithoutTools: string;
  noTools: string;
  /** A tool listed without a product name. */
  unnamedTool: (number: number) => string;
  averaged: (tools: number) => string;
}

export const WHY_EN: WhyWords = {
  parts: PART_NAMES,
  notes: NOTES,
  answered: "answered",
  unanswered: {
    unknown: "unknown (earns nothing)",
    declined: "declined to answer (earns nothing)",
    not_applicable: "not applicable (not counted)",
  },
  missing: "not disclosed in this version (earns nothing)",
  noAi: "It says it uses no AI on scans, so there are no AI tools to describe.",
  aiWithoutTools: "It says it uses AI but lists no AI tools (earns nothing).",
  noTools: "It lists no AI tools and does not say whether it uses AI (earns nothing).",
  unnamedTool: (number) => `AI tool ${number}`,
  averaged: (tools) => `Averaged over ${tools} AI tools.`,
};
