import { formatCount, formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { Answer } from "./answer";
import { disclosureLabels } from "./labels-by-locale";
import type { AiTool, Breach, Disclosure, Practices } from "./schema";

// Every answer in plain words, one way: the public page, the summary, the questions to ask and the
// diff between versions all read answers through these, so "Unknown" never reads as "No" anywhere.
// English unless told the page's language: staff pages, open data and the API are English.

/** An answer in words: its value through `words`, or why there is none ("Unknown", "Declined to answer"). */
export function formatAnswer<T>(answer: Answer<T>, words: (value: T) => string, locale: Locale = "en"): string {
  return answer.state === "answered" ? words(answer.value) : disclosureLabels(locale).unanswered[answer.state];
}

export const yesNo = (value: boolean, locale: Locale = "en") => disclosureLabels(locale).answers[value ? "yes" : "no"];

/** "7 years", "1 year", "Kept indefinitely" (no limit) or "Not kept". */
export function formatRetention({ years }: { years: number | null }, locale: Locale = "en"): string {
  const words = disclosureLabels(locale).answers;
  if (years === null) return words.keptIndefinitely;
  if (years === 0) return words.notKept;
  return words.years(years);
}

/** Chosen options by their labels, in the order of the question (so reordering a choice changes nothing). */
export function formatOptions<K extends string>(labels: Record<K, string>, values: readonly K[], locale: Locale = "en"): string {
  const chosen = (Object.keys(labels) as K[]).filter((key) => values.includes(key));
  return chosen.length ? chosen.map((key) => labels[key]).join(", ") : disclosureLabels(locale).answers.none;
}

/** A YYYY-MM-DD date as "March 2, 2024". */
export const formatIsoDate = (iso: string, locale: Locale = "en") => formatDate(new Date(`${iso}T00:00:00Z`), locale);

/** One question and its answer in words; `links` when the answer is web addresses. */
export interface AnswerRow<K extends string = string> {
  key: K;
  label: string;
  state: Answer<unknown>["state"];
  words: string;
  links: string[];
  /** The words are the facility's own: shown as written, never translated. */
  asWritten: boolean;
}

export interface RowGroup<K extends string = string> {
  key: string;
  title: string;
  rows: AnswerRow<K>[];
}

/** The ways of writing a row in one language. */
function rowsIn(locale: Locale) {
  const row = <K extends string, T>(key: K, label: string, answer: Answer<T>, words: (value: T) => string): AnswerRow<K> => ({
    key,
    label,
    state: answer.state,
    words: formatAnswer(answer, words, locale),
    links: [],
    asWritten: false,
  });
  return {
    labels: disclosureLabels(locale),
    row,
    /** An answer the facility wrote in its own words. */
    text: <K extends string>(key: K, label: string, answer: Answer<string>): AnswerRow<K> => ({
      ...row(key, label, answer, String),
      asWritten: answer.state === "answered",
    }),
    links: <K extends string>(key: K, label: string, answer: Answer<string | string[]>): AnswerRow<K> => ({
      ...row(key, label, answer, (value) => [value].flat().join(", ")),
      links: answer.state === "answered" ? [answer.value].flat() : [],
    }),
    yesNo: (value: boolean) => yesNo(value, locale),
    retention: (value: { years: number | null }) => formatRetention(value, locale),
    options:
      <K extends string>(labels: Record<K, string>) =>
      (value: K | readonly K[]) =>
        typeof value === "string" ? labels[value] : formatOptions(labels, value, locale),
    date: (iso: string) => formatIsoDate(iso, locale),
    count: (count: number) => formatCount(count, locale),
  };
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
export function practiceGroups(p: Practices, locale: Locale = "en"): RowGroup<PracticeKey>[] {
  const { sharing: s, optOut: o, deidentification: d } = p;
  const w = rowsIn(locale);
  const { questions: q, options, sections } = w.labels;
  return [
    {
      key: "general",
      title: sections.general,
      rows: [
        w.row("usesAi", q.practice.usesAi, p.usesAi, w.yesNo),
        w.row("patientsToldWhenAiUsed", q.practice.patientsToldWhenAiUsed, p.patientsToldWhenAiUsed, w.yesNo),
        w.links("privacyPolicyUrls", q.practice.privacyPolicyUrls, p.privacyPolicyUrls),
        w.links("noticeOfPrivacyPracticesUrl", q.practice.noticeOfPrivacyPracticesUrl, p.noticeOfPrivacyPracticesUrl),
        w.links("aiPolicyUrl", q.practice.aiPolicyUrl, p.aiPolicyUrl),
        w.text("privacyContact", q.practice.privacyContact, p.privacyContact),
      ],
    },
    {
      key: "retention",
      title: sections.retention,
      rows: [
        w.row("imageRetention", q.practice.imageRetention, p.imageRetention, w.retention),
        w.row("reportRetention", q.practice.reportRetention, p.reportRetention, w.retention),
      ],
    },
    {
      key: "sharing",
      title: sections.sharing,
      rows: [
        w.row("sharing.research", q.sharing.research, s.research, w.options(options.sharingLevel)),
        w.row("sharing.productDevelopment", q.sharing.productDevelopment, s.productDevelopment, w.options(options.sharingLevel)),
        w.row("sharing.aiTraining", q.sharing.aiTraining, s.aiTraining, w.options(options.sharingLevel)),
        w.row("sharing.recipients", q.sharing.recipients, s.recipients, w.options(options.recipients)),
        w.row("sharing.patientsAsked", q.sharing.patientsAsked, s.patientsAsked, w.yesNo),
      ],
    },
    {
      key: "opt-out",
      title: sections["opt-out"],
      rows: [
        w.row("optOut.offered", q.optOut.offered, o.offered, w.yesNo),
        w.text("optOut.how", q.optOut.how, o.how),
        w.text("optOut.contact", q.optOut.contact, o.contact),
        w.links("optOut.formUrl", q.optOut.formUrl, o.formUrl),
        w.row("optOut.covers", q.optOut.covers, o.covers, w.options(options.optOutCovers)),
        w.text("optOut.cost", q.optOut.cost, o.cost),
        w.text("optOut.effectOnCare", q.optOut.effectOnCare, o.effectOnCare),
      ],
    },
    {
      key: "deidentification",
      title: sections.deidentification,
      rows: [
        w.row("deidentification.basicProfile", q.deidentification.basicProfile, d.basicProfile, w.yesNo),
        w.row("deidentification.options", q.deidentification.options, d.options, w.options(options.deidOptions)),
        w.text("deidentification.defacingTool", q.deidentification.defacingTool, d.defacingTool),
      ],
    },
  ];
}

export function breachesReportedRow(disclosure: Disclosure, locale: Locale = "en") {
  const w = rowsIn(locale);
  return w.row("breachesReported", w.labels.questions.breachesReported, disclosure.breachesReported, w.yesNo);
}

const answered = <T>(value: T): Answer<T> => ({ state: "answered", value });

/** Everything said about one AI tool but its name (its heading); a note only when there is one. */
export function aiToolRows(tool: AiTool, locale: Locale = "en"): AnswerRow<ToolKey>[] {
  const w = rowsIn(locale);
  const { questions, options } = w.labels;
  const t = questions.aiTool;
  const rows: AnswerRow<ToolKey>[] = [
    w.text("vendor", t.vendor, answered(tool.vendor)),
    w.text("version", t.version, tool.version),
    w.row("purposes", t.purposes, tool.purposes, w.options(options.purposes)),
    w.row("modalities", t.modalities, tool.modalities, w.options(options.modalities)),
    w.row("bodyRegions", t.bodyRegions, tool.bodyRegions, w.options(options.bodyRegions)),
    w.row("decisionRole", t.decisionRole, tool.decisionRole, w.options(options.decisionRole)),
    w.row("runsWhere", t.runsWhere, tool.runsWhere, w.options(options.runsWhere)),
    w.text("region", t.region, tool.region),
    w.row("dataLeaving", t.dataLeaving, tool.dataLeaving, w.options(options.dataLeaving)),
    w.row("businessAssociateAgreement", t.businessAssociateAgreement, tool.businessAssociateAgreement, w.yesNo),
    w.text("vendorRetention", t.vendorRetention, tool.vendorRetention),
    w.row("vendorTraining", t.vendorTraining, tool.vendorTraining, w.options(options.vendorTraining)),
    w.row("localValidation", t.localValidation, tool.localValidation, w.yesNo),
    // An FDA number is a code, the same in every language.
    w.row("fdaNumber", t.fdaNumber, tool.fdaNumber, String),
    w.text("regulatoryStatus", t.regulatoryStatus, tool.regulatoryStatus),
  ];
  return tool.note ? [...rows, w.text("note", t.note, answered(tool.note))] : rows;
}

export function breachRows(breach: Breach, locale: Locale = "en"): AnswerRow<BreachKey>[] {
  const w = rowsIn(locale);
  const { questions, options } = w.labels;
  const b = questions.breach;
  return [
    w.row("breachDate", b.breachDate, breach.breachDate, w.date),
    w.row("discoveryDate", b.discoveryDate, breach.discoveryDate, w.date),
    w.row("noticeDate", b.noticeDate, breach.noticeDate, w.date),
    w.row("type", b.type, breach.type, w.options(options.breachType)),
    w.row("individualsAffected", b.individualsAffected, breach.individualsAffected, w.count),
    w.row("businessAssociateInvolved", b.businessAssociateInvolved, breach.businessAssociateInvolved, w.yesNo),
    w.links("noticeUrl", b.noticeUrl, breach.noticeUrl),
    w.text("mitigation", b.mitigation, breach.mitigation),
  ];
}

/** "Breach of March 2, 2024", or by its place in the list when its date is not given. */
export function breachTitle(breach: Breach, index: number, locale: Locale = "en") {
  const { titles } = disclosureLabels(locale);
  return breach.breachDate.state === "answered"
    ? titles.breachOf(formatIsoDate(breach.breachDate.value, locale))
    : titles.undatedBreach(index + 1);
}

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
