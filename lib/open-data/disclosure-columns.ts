import { VERSION_KIND_LABELS } from "@/lib/disclosures/format";
import {
  BREACHES_REPORTED_TEXT,
  DEIDENTIFICATION_TEXT,
  OPTION_LABELS,
  OPT_OUT_TEXT,
  PRACTICE_TEXT,
  SHARING_TEXT,
  type QuestionText,
} from "@/lib/disclosures/labels";
import { answerColumn, meaning, utc, YES_NO, type Column } from "./column";
import { FACILITY_ID_COLUMNS } from "./facility-columns";

// The columns of a disclosure version (disclosures-latest and disclosures-all): which version it
// is, then each answer about the facility's practices. AI tools have their own file.

const VERSION_COLUMNS: Column[] = [
  ...FACILITY_ID_COLUMNS,
  { name: "facility_name", sql: "f.name", type: "string", description: "The facility's name today.", required: true },
  {
    name: "version_id",
    sql: "v.id",
    type: "string",
    description: "ScanAware's identifier of this published version (a UUID). It never changes.",
    required: true,
  },
  {
    name: "version_number",
    sql: "v.number",
    type: "integer",
    description: "The version's number for this facility: 1 for its first publication, then 2, 3…",
    required: true,
  },
  {
    name: "version_kind",
    sql: "v.kind::text",
    type: "string",
    description: "A new publication, or a correction of the previous version.",
    values: VERSION_KIND_LABELS,
    required: true,
  },
  {
    name: "schema_version",
    sql: "v.schema_version",
    type: "string",
    description: "The disclosure format it was written in.",
    required: true,
  },
  { name: "published_at", sql: utc("v.published_at"), type: "datetime", description: "When it was published (UTC).", required: true },
  { name: "attester_name", sql: "v.attester_name", type: "string", description: "Who attested that it is accurate.", required: true },
  { name: "attester_title", sql: "v.attester_title", type: "string", description: "The attester's job title.", required: true },
];

const practice = (path: string) => `answer_text(v.content #> '{practices,${path}}')`;
type Values = Readonly<Record<string, string>>;
const oneOf = (name: string, path: string, text: QuestionText, values: Values) => answerColumn(name, practice(path), text, { values });
const several = (name: string, path: string, text: QuestionText, values: Values) =>
  answerColumn(name, practice(path), text, { values, list: true });
const yesNo = (name: string, path: string, text: QuestionText) => oneOf(name, path, text, YES_NO);
const freeText = (name: string, path: string, words: QuestionText) => answerColumn(name, practice(path), words);
const retention = (name: string, path: string, words: QuestionText) => ({
  ...answerColumn(name, practice(path), words),
  description: `${meaning(words)} In years; "indefinite" if kept without a limit.`,
});

const ANSWER_COLUMNS: Column[] = [
  yesNo("uses_ai", "usesAi", PRACTICE_TEXT.usesAi),
  answerColumn("privacy_policy_urls", practice("privacyPolicyUrls"), PRACTICE_TEXT.privacyPolicyUrls, { list: true }),
  freeText("notice_of_privacy_practices_url", "noticeOfPrivacyPracticesUrl", PRACTICE_TEXT.noticeOfPrivacyPracticesUrl),
  freeText("ai_policy_url", "aiPolicyUrl", PRACTICE_TEXT.aiPolicyUrl),
  retention("image_retention_years", "imageRetention", PRACTICE_TEXT.imageRetention),
  retention("report_retention_years", "reportRetention", PRACTICE_TEXT.reportRetention),
  oneOf("sharing_research", "sharing,research", SHARING_TEXT.research, OPTION_LABELS.sharingLevel),
  oneOf("sharing_product_development", "sharing,productDevelopment", SHARING_TEXT.productDevelopment, OPTION_LABELS.sharingLevel),
  oneOf("sharing_ai_training", "sharing,aiTraining", SHARING_TEXT.aiTraining, OPTION_LABELS.sharingLevel),
  several("sharing_recipients", "sharing,recipients", SHARING_TEXT.recipients, OPTION_LABELS.recipients),
  yesNo("sharing_patients_asked", "sharing,patientsAsked", SHARING_TEXT.patientsAsked),
  yesNo("opt_out_offered", "optOut,offered", OPT_OUT_TEXT.offered),
  freeText("opt_out_how", "optOut,how", OPT_OUT_TEXT.how),
  freeText("opt_out_contact", "optOut,contact", OPT_OUT_TEXT.contact),
  freeText("opt_out_form_url", "optOut,formUrl", OPT_OUT_TEXT.formUrl),
  several("opt_out_covers", "optOut,covers", OPT_OUT_TEXT.covers, OPTION_LABELS.optOutCovers),
  freeText("opt_out_cost", "optOut,cost", OPT_OUT_TEXT.cost),
  freeText("opt_out_effect_on_care", "optOut,effectOnCare", OPT_OUT_TEXT.effectOnCare),
  yesNo("deidentification_basic_profile", "deidentification,basicProfile", DEIDENTIFICATION_TEXT.basicProfile),
  {
    ...several("deidentification_options", "deidentification,options", DEIDENTIFICATION_TEXT.options, OPTION_LABELS.deidOptions),
    required: false, // the only list that may be answered with none: then it is empty
  },
  freeText("deidentification_defacing_tool", "deidentification,defacingTool", DEIDENTIFICATION_TEXT.defacingTool),
  yesNo("patients_told_when_ai_used", "patientsToldWhenAiUsed", PRACTICE_TEXT.patientsToldWhenAiUsed),
  freeText("privacy_contact", "privacyContact", PRACTICE_TEXT.privacyContact),
  {
    name: "ai_tool_count",
    sql: "jsonb_array_length(v.content -> 'aiTools')",
    type: "integer",
    description: "How many AI tools the version lists (for the current version, they are in ai-tools).",
    required: true,
  },
  answerColumn("breaches_reported", "answer_text(v.content -> 'breachesReported')", BREACHES_REPORTED_TEXT, { values: YES_NO }),
  {
    name: "breach_count",
    sql: "jsonb_array_length(v.content -> 'breaches')",
    type: "integer",
    description: "How many breaches the version lists.",
    required: true,
  },
];

/** disclosures-latest: each facility's current version (its newest one not hidden by a moderator). */
export const LATEST_DISCLOSURE_COLUMNS: Column[] = [...VERSION_COLUMNS, ...ANSWER_COLUMNS];

/**
 * disclosures-all: every version ever published. A version a moderator hid keeps its row, with
 * when and why, but none of its answers.
 */
export const ALL_DISCLOSURE_COLUMNS: Column[] = [
  ...VERSION_COLUMNS,
  {
    name: "hidden_at",
    sql: utc("v.hidden_at"),
    type: "datetime",
    description: "When a moderator hid this version (UTC); its answers are then left out. Empty for a version that is shown.",
  },
  { name: "hidden_reason", sql: "v.hidden_reason", type: "string", description: "The moderator's public reason for hiding it." },
  ...ANSWER_COLUMNS.map((column) => ({ ...column, sql: `CASE WHEN v.hidden_at IS NULL THEN ${column.sql} END`, required: false })),
];
