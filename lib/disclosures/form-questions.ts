import {
  AI_TOOL_TEXT,
  BREACH_TEXT,
  BREACHES_REPORTED_TEXT,
  DEIDENTIFICATION_TEXT,
  OPT_OUT_TEXT,
  OPTION_LABELS,
  PRACTICE_TEXT,
  SHARING_TEXT,
  type QuestionText,
} from "./labels";

/**
 * How each question of the disclosure is asked in the form and read back from it. The same list
 * renders the fields (components/disclosures/form) and parses a posted form (form-data.ts).
 *  yesno   Yes / No, or unknown / declined / not applicable, in one group of radio buttons
 *  choice  one of `options`, or unknown / declined / not applicable
 *  multi   any of `options` (check boxes), or unknown / declined / not applicable
 *  text, longtext, url, date, count   a value, or unknown / declined / not applicable
 *  urls    up to three web addresses
 *  years   a number of years, or "kept indefinitely"
 *  required   plain text every entry needs (an AI tool's name): no "unknown"
 *  optional   plain text that may be empty (a note)
 */
export type QuestionKind =
  "yesno" | "choice" | "multi" | "text" | "longtext" | "url" | "urls" | "date" | "count" | "years" | "required" | "optional";

export interface QuestionSpec {
  /** Path inside the step's part of the disclosure, e.g. ["sharing", "research"]. */
  path: string[];
  kind: QuestionKind;
  text: QuestionText;
  options?: Readonly<Record<string, string>>;
  /** Questions only "not applicable" could answer are pointless for some kinds (a product name). */
}

export interface QuestionGroup {
  title: string;
  questions: QuestionSpec[];
}

const q = (path: string[], kind: QuestionKind, text: QuestionText, options?: Readonly<Record<string, string>>): QuestionSpec => ({
  path,
  kind,
  text,
  options,
});

export const PRACTICE_GROUPS: QuestionGroup[] = [
  {
    title: "AI and policies",
    questions: [
      q(["usesAi"], "yesno", PRACTICE_TEXT.usesAi),
      q(["patientsToldWhenAiUsed"], "yesno", PRACTICE_TEXT.patientsToldWhenAiUsed),
      q(["privacyPolicyUrls"], "urls", PRACTICE_TEXT.privacyPolicyUrls),
      q(["noticeOfPrivacyPracticesUrl"], "url", PRACTICE_TEXT.noticeOfPrivacyPracticesUrl),
      q(["aiPolicyUrl"], "url", PRACTICE_TEXT.aiPolicyUrl),
      q(["privacyContact"], "text", PRACTICE_TEXT.privacyContact),
    ],
  },
  {
    title: "How long data is kept",
    questions: [
      q(["imageRetention"], "years", PRACTICE_TEXT.imageRetention),
      q(["reportRetention"], "years", PRACTICE_TEXT.reportRetention),
    ],
  },
  {
    title: "Sharing images and reports",
    questions: [
      q(["sharing", "research"], "choice", SHARING_TEXT.research, OPTION_LABELS.sharingLevel),
      q(["sharing", "productDevelopment"], "choice", SHARING_TEXT.productDevelopment, OPTION_LABELS.sharingLevel),
      q(["sharing", "aiTraining"], "choice", SHARING_TEXT.aiTraining, OPTION_LABELS.sharingLevel),
      q(["sharing", "recipients"], "multi", SHARING_TEXT.recipients, OPTION_LABELS.recipients),
      q(["sharing", "patientsAsked"], "yesno", SHARING_TEXT.patientsAsked),
    ],
  },
  {
    title: "Opting out",
    questions: [
      q(["optOut", "offered"], "yesno", OPT_OUT_TEXT.offered),
      q(["optOut", "how"], "longtext", OPT_OUT_TEXT.how),
      q(["optOut", "contact"], "text", OPT_OUT_TEXT.contact),
      q(["optOut", "formUrl"], "url", OPT_OUT_TEXT.formUrl),
      q(["optOut", "covers"], "multi", OPT_OUT_TEXT.covers, OPTION_LABELS.optOutCovers),
      q(["optOut", "cost"], "text", OPT_OUT_TEXT.cost),
      q(["optOut", "effectOnCare"], "longtext", OPT_OUT_TEXT.effectOnCare),
    ],
  },
  {
    title: "De-identification before data leaves",
    questions: [
      q(["deidentification", "basicProfile"], "yesno", DEIDENTIFICATION_TEXT.basicProfile),
      q(["deidentification", "options"], "multi", DEIDENTIFICATION_TEXT.options, OPTION_LABELS.deidOptions),
      q(["deidentification", "defacingTool"], "text", DEIDENTIFICATION_TEXT.defacingTool),
    ],
  },
];

export const AI_TOOL_GROUPS: QuestionGroup[] = [
  {
    title: "The product",
    questions: [
      q(["productName"], "required", AI_TOOL_TEXT.productName),
      q(["vendor"], "required", AI_TOOL_TEXT.vendor),
      q(["version"], "text", AI_TOOL_TEXT.version),
      q(["fdaNumber"], "text", AI_TOOL_TEXT.fdaNumber),
      q(["regulatoryStatus"], "text", AI_TOOL_TEXT.regulatoryStatus),
    ],
  },
  {
    title: "What it is used for",
    questions: [
      q(["modalities"], "multi", AI_TOOL_TEXT.modalities, OPTION_LABELS.modalities),
      q(["bodyRegions"], "multi", AI_TOOL_TEXT.bodyRegions, OPTION_LABELS.bodyRegions),
      q(["purposes"], "multi", AI_TOOL_TEXT.purposes, OPTION_LABELS.purposes),
      q(["decisionRole"], "choice", AI_TOOL_TEXT.decisionRole, OPTION_LABELS.decisionRole),
      q(["localValidation"], "yesno", AI_TOOL_TEXT.localValidation),
    ],
  },
  {
    title: "Where the data goes",
    questions: [
      q(["runsWhere"], "choice", AI_TOOL_TEXT.runsWhere, OPTION_LABELS.runsWhere),
      q(["region"], "text", AI_TOOL_TEXT.region),
      q(["dataLeaving"], "choice", AI_TOOL_TEXT.dataLeaving, OPTION_LABELS.dataLeaving),
      q(["businessAssociateAgreement"], "yesno", AI_TOOL_TEXT.businessAssociateAgreement),
      q(["vendorRetention"], "text", AI_TOOL_TEXT.vendorRetention),
      q(["vendorTraining"], "choice", AI_TOOL_TEXT.vendorTraining, OPTION_LABELS.vendorTraining),
      q(["note"], "optional", AI_TOOL_TEXT.note),
    ],
  },
];

export const BREACHES_REPORTED_QUESTION = q(["breachesReported"], "yesno", BREACHES_REPORTED_TEXT);

export const BREACH_GROUPS: QuestionGroup[] = [
  {
    title: "The breach",
    questions: [
      q(["breachDate"], "date", BREACH_TEXT.breachDate),
      q(["discoveryDate"], "date", BREACH_TEXT.discoveryDate),
      q(["noticeDate"], "date", BREACH_TEXT.noticeDate),
      q(["individualsAffected"], "count", BREACH_TEXT.individualsAffected),
      q(["type"], "choice", BREACH_TEXT.type, OPTION_LABELS.breachType),
      q(["businessAssociateInvolved"], "yesno", BREACH_TEXT.businessAssociateInvolved),
      q(["noticeUrl"], "url", BREACH_TEXT.noticeUrl),
      q(["mitigation"], "longtext", BREACH_TEXT.mitigation),
    ],
  },
];

export const questionsOf = (groups: QuestionGroup[]) => groups.flatMap((group) => group.questions);
