import { formatDate } from "@/lib/format";
import { UNANSWERED_LABELS, type Answer } from "./answer";
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
import type { AiTool, Breach, Disclosure, Practices } from "./schema";

// Every answer in plain words, one way: the public page, the summary, the questions to ask and the
// diff between versions all read answers through these, so "Unknown" never reads as "No" anywhere.

/** An answer in words: its value through `words`, or why there is none ("Unknown", "Declined to answer"). */
export function formatAnswer<T>(answer: Answer<T>, words: (value: T) => string): string {
  return answer.state === "answered" ? words(answer.value) : UNANSWERED_LABELS[answer.state];
}

export const yesNo = (value: boolean) => (value ? "Yes" : "No");

/** "7 years", "1 year", "Kept indefinitely" (no limit) or "Not kept". */
export function formatRetention({ years }: { years: number | null }): string {
  if (years === null) return "Kept indefinitely";
  if (years === 0) return "Not kept";
  return `${years} ${years === 1 ? "year" : "years"}`;
}

/** Chosen options by their labels, in the order of the question (so reordering a choice changes nothing). */
export function formatOptions<K extends string>(labels: Record<K, string>, values: readonly K[]): string {
  const chosen = (Object.keys(labels) as K[]).filter((key) => values.includes(key));
  return chosen.length ? chosen.map((key) => labels[key]).join(", ") : "None";
}

/** A YYYY-MM-DD date as "March 2, 2024". */
export const formatIsoDate = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

const asText = (value: string) => value;
const optionWords =
  <K extends string>(labels: Record<K, string>) =>
  (value: K | readonly K[]) =>
    typeof value === "string" ? labels[value] : formatOptions(labels, value);

/** One question and its answer in words; `links` when the answer is web addresses. */
export interface AnswerRow<K extends string = string> {
  key: K;
  label: string;
  state: Answer<unknown>["state"];
  words: string;
  links: string[];
}

export interface RowGroup<K extends string = string> {
  key: string;
  title: string;
  rows: AnswerRow<K>[];
}

function row<K extends string, T>(key: K, text: QuestionText, answer: Answer<T>, words: (value: T) => string): AnswerRow<K> {
  return { key, label: text.label, state: answer.state, words: formatAnswer(answer, words), links: [] };
}

function linkRow<K extends string>(key: K, text: QuestionText, answer: Answer<string | string[]>): AnswerRow<K> {
  const links = answer.state === "answered" ? [answer.value].flat() : [];
  return { ...row(key, text, answer, (value) => [value].flat().join(", ")), links };
}

type Sub<P extends string, T> = `${P}.${keyof T & string}`;
export type PracticeKey =
  | keyof Omit<Practices, "sharing" | "optOut" | "deidentification">
  | Sub<"sharing", Practices["sharing"]>
  | Sub<"optOut", Practices["optOut"]>
  | Sub<"deidentification", Practices["deidentification"]>;
export type ToolKey = Exclude<keyof AiTool, "productName">;
export type BreachKey = keyof Breach;

/** The facility's practices, in groups of one idea each. */
export function practiceGroups(p: Practices): RowGroup<PracticeKey>[] {
  const { sharing: s, optOut: o, deidentification: d } = p;
  return [
    {
      key: "general",
      title: "AI use and privacy policies",
      rows: [
        row("usesAi", PRACTICE_TEXT.usesAi, p.usesAi, yesNo),
        row("patientsToldWhenAiUsed", PRACTICE_TEXT.patientsToldWhenAiUsed, p.patientsToldWhenAiUsed, yesNo),
        linkRow("privacyPolicyUrls", PRACTICE_TEXT.privacyPolicyUrls, p.privacyPolicyUrls),
        linkRow("noticeOfPrivacyPracticesUrl", PRACTICE_TEXT.noticeOfPrivacyPracticesUrl, p.noticeOfPrivacyPracticesUrl),
        linkRow("aiPolicyUrl", PRACTICE_TEXT.aiPolicyUrl, p.aiPolicyUrl),
        row("privacyContact", PRACTICE_TEXT.privacyContact, p.privacyContact, asText),
      ],
    },
    {
      key: "retention",
      title: "How long records are kept",
      rows: [
        row("imageRetention", PRACTICE_TEXT.imageRetention, p.imageRetention, formatRetention),
        row("reportRetention", PRACTICE_TEXT.reportRetention, p.reportRetention, formatRetention),
      ],
    },
    {
      key: "sharing",
      title: "Sharing",
      rows: [
        row("sharing.research", SHARING_TEXT.research, s.research, optionWords(OPTION_LABELS.sharingLevel)),
        row("sharing.productDevelopment", SHARING_TEXT.productDevelopment, s.productDevelopment, optionWords(OPTION_LABELS.sharingLevel)),
        row("sharing.aiTraining", SHARING_TEXT.aiTraining, s.aiTraining, optionWords(OPTION_LABELS.sharingLevel)),
        row("sharing.recipients", SHARING_TEXT.recipients, s.recipients, optionWords(OPTION_LABELS.recipients)),
        row("sharing.patientsAsked", SHARING_TEXT.patientsAsked, s.patientsAsked, yesNo),
      ],
    },
    {
      key: "opt-out",
      title: "Opting out",
      rows: [
        row("optOut.offered", OPT_OUT_TEXT.offered, o.offered, yesNo),
        row("optOut.how", OPT_OUT_TEXT.how, o.how, asText),
        row("optOut.contact", OPT_OUT_TEXT.contact, o.contact, asText),
        linkRow("optOut.formUrl", OPT_OUT_TEXT.formUrl, o.formUrl),
        row("optOut.covers", OPT_OUT_TEXT.covers, o.covers, optionWords(OPTION_LABELS.optOutCovers)),
        row("optOut.cost", OPT_OUT_TEXT.cost, o.cost, asText),
        row("optOut.effectOnCare", OPT_OUT_TEXT.effectOnCare, o.effectOnCare, asText),
      ],
    },
    {
      key: "deidentification",
      title: "Removing identifying details",
      rows: [
        row("deidentification.basicProfile", DEIDENTIFICATION_TEXT.basicProfile, d.basicProfile, yesNo),
        row("deidentification.options", DEIDENTIFICATION_TEXT.options, d.options, optionWords(OPTION_LABELS.deidOptions)),
        row("deidentification.defacingTool", DEIDENTIFICATION_TEXT.defacingTool, d.defacingTool, asText),
      ],
    },
  ];
}

export const breachesReportedRow = (disclosure: Disclosure) =>
  row("breachesReported", BREACHES_REPORTED_TEXT, disclosure.breachesReported, yesNo);

const answered = <T>(value: T): Answer<T> => ({ state: "answered", value });

/** Everything said about one AI tool but its name (its heading); a note only when there is one. */
export function aiToolRows(tool: AiTool): AnswerRow<ToolKey>[] {
  const t = AI_TOOL_TEXT;
  const rows: AnswerRow<ToolKey>[] = [
    row("vendor", t.vendor, answered(tool.vendor), asText),
    row("version", t.version, tool.version, asText),
    row("purposes", t.purposes, tool.purposes, optionWords(OPTION_LABELS.purposes)),
    row("modalities", t.modalities, tool.modalities, optionWords(OPTION_LABELS.modalities)),
    row("bodyRegions", t.bodyRegions, tool.bodyRegions, optionWords(OPTION_LABELS.bodyRegions)),
    row("decisionRole", t.decisionRole, tool.decisionRole, optionWords(OPTION_LABELS.decisionRole)),
    row("runsWhere", t.runsWhere, tool.runsWhere, optionWords(OPTION_LABELS.runsWhere)),
    row("region", t.region, tool.region, asText),
    row("dataLeaving", t.dataLeaving, tool.dataLeaving, optionWords(OPTION_LABELS.dataLeaving)),
    row("businessAssociateAgreement", t.businessAssociateAgreement, tool.businessAssociateAgreement, yesNo),
    row("vendorRetention", t.vendorRetention, tool.vendorRetention, asText),
    row("vendorTraining", t.vendorTraining, tool.vendorTraining, optionWords(OPTION_LABELS.vendorTraining)),
    row("localValidation", t.localValidation, tool.localValidation, yesNo),
    row("fdaNumber", t.fdaNumber, tool.fdaNumber, asText),
    row("regulatoryStatus", t.regulatoryStatus, tool.regulatoryStatus, asText),
  ];
  return tool.note ? [...rows, row("note", t.note, answered(tool.note), asText)] : rows;
}

export function breachRows(breach: Breach): AnswerRow<BreachKey>[] {
  const b = BREACH_TEXT;
  return [
    row("breachDate", b.breachDate, breach.breachDate, formatIsoDate),
    row("discoveryDate", b.discoveryDate, breach.discoveryDate, formatIsoDate),
    row("noticeDate", b.noticeDate, breach.noticeDate, formatIsoDate),
    row("type", b.type, breach.type, optionWords(OPTION_LABELS.breachType)),
    row("individualsAffected", b.individualsAffected, breach.individualsAffected, (count) => count.toLocaleString("en-US")),
    row("businessAssociateInvolved", b.businessAssociateInvolved, breach.businessAssociateInvolved, yesNo),
    linkRow("noticeUrl", b.noticeUrl, breach.noticeUrl),
    row("mitigation", b.mitigation, breach.mitigation, asText),
  ];
}

/** “ChestView Triage”, as the name of a tool in running text. */
export const toolTitle = (tool: Pick<AiTool, "productName">) => `“${tool.productName}”`;

/** "Breach of March 2, 2024", or by its place in the list when its date is not given. */
export const breachTitle = (breach: Breach, index: number) =>
  breach.breachDate.state === "answered" ? `Breach of ${formatIsoDate(breach.breachDate.value)}` : `Breach ${index + 1} (date not given)`;

/**
 * "Not used to train AI" may be said only when every answer that could allow it says no: the
 * facility shares nothing for training, and no tool's vendor may train on the data (a tool for which
 * the question does not apply, because nothing reaches the vendor, allows nothing).
 */
export function neverUsedForTraining(disclosure: Disclosure): boolean {
  const { aiTraining } = disclosure.practices.sharing;
  return (
    aiTraining.state === "answered" &&
    aiTraining.value === "none" &&
    disclosure.aiTools.every(
      ({ vendorTraining }) =>
        vendorTraining.state === "not_applicable" || (vendorTraining.state === "answered" && vendorTraining.value === "no"),
    )
  );
}

/** A version published more than 12 months ago may no longer describe what the facility does. */
export function isPossiblyOutOfDate(publishedAt: Date, now: Date): boolean {
  const yearLater = new Date(publishedAt);
  yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1);
  return now.getTime() > yearLater.getTime();
}

/** A version number from the address: a whole number from 1, or null for anything else. */
export function parseVersionNumber(raw: string | string[] | undefined): number | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

export const VERSION_KIND_LABELS = { PUBLICATION: "Publication", CORRECTION: "Correction" } as const;

/** Why a version is not shown: the moderator's public reason. */
export const hiddenWords = (reason: string | null) => `Hidden by a moderator: ${reason ?? "no reason was given"}.`;
