import { AI_TOOL_TEXT, OPTION_LABELS } from "@/lib/disclosures/labels";
import { answerColumn, meaning, YES_NO, type Column } from "./column";
import { FACILITY_ID_COLUMNS } from "./facility-columns";

// ai-tools: one row per AI tool of each facility's current disclosure, from public_ai_tool (kept
// by a trigger from the newest visible version).

const tool = (name: string, sql: string, key: keyof typeof AI_TOOL_TEXT, values?: Record<string, string>) =>
  answerColumn(name, sql, AI_TOOL_TEXT[key], values ? { values } : {});
const list = (name: string, sql: string, key: keyof typeof AI_TOOL_TEXT, values: Record<string, string>) =>
  answerColumn(name, `array_to_string(${sql}, ';')`, AI_TOOL_TEXT[key], { values, list: true });

export const AI_TOOL_COLUMNS: Column[] = [
  ...FACILITY_ID_COLUMNS,
  { name: "facility_name", sql: "f.name", type: "string", description: "The facility's name today.", required: true },
  {
    name: "version_id",
    sql: "t.version_id",
    type: "string",
    description: "The disclosure version that lists the tool (see disclosures-latest).",
    required: true,
  },
  { name: "version_number", sql: "t.version_number", type: "integer", description: "That version's number.", required: true },
  {
    name: "position",
    sql: "t.position",
    type: "integer",
    description: "The tool's place in the facility's list, from 0 (as in the API).",
    required: true,
  },
  { name: "product_name", sql: "t.product_name", type: "string", description: meaning(AI_TOOL_TEXT.productName), required: true },
  tool("product_version", "t.product_version", "version"),
  { name: "vendor", sql: "t.vendor", type: "string", description: meaning(AI_TOOL_TEXT.vendor), required: true },
  tool("fda_number", "t.fda_number", "fdaNumber"),
  tool("regulatory_status", "t.regulatory_status", "regulatoryStatus"),
  list("modalities", "t.modalities", "modalities", OPTION_LABELS.modalities),
  list("body_regions", "t.body_regions", "bodyRegions", OPTION_LABELS.bodyRegions),
  list("purposes", "t.purposes", "purposes", OPTION_LABELS.purposes),
  tool("decision_role", "t.decision_role", "decisionRole", OPTION_LABELS.decisionRole),
  tool("runs_where", "t.runs_where", "runsWhere", OPTION_LABELS.runsWhere),
  tool("region", "t.region", "region"),
  tool("data_leaving", "t.data_leaving", "dataLeaving", OPTION_LABELS.dataLeaving),
  tool("business_associate_agreement", "t.business_associate_agreement", "businessAssociateAgreement", YES_NO),
  tool("vendor_retention", "t.vendor_retention", "vendorRetention"),
  tool("vendor_training", "t.vendor_training", "vendorTraining", OPTION_LABELS.vendorTraining),
  tool("local_validation", "t.local_validation", "localValidation", YES_NO),
  { name: "note", sql: "t.note", type: "string", description: `${meaning(AI_TOOL_TEXT.note)} Empty if none.` },
];
