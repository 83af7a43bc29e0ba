import type { Answer } from "@/lib/disclosures/answer";
import type { AiTool, Disclosure } from "@/lib/disclosures/schema";
import type { Locale } from "@/lib/i18n/routing";
import { RUBRIC_TEXT_ES } from "./rubric-es";
import { WHY_EN, type PartName, type WhyNote, type WhyWords } from "./why-words";

// The transparency score's rubric: what each item measures, what earns it and how many points.
// Client-safe (the methodology page prints it). It measures how complete and specific a disclosure
// is, never whether the facility's practices are good: "no opt-out" answers the opt-out question as
// fully as "yes, by this form". Changing anything here (an item, its points, what earns it) means a
// new RUBRIC_VERSION and a line in RUBRIC_CHANGELOG; scores are stored per rubric version, and the
// start script re-scores every public version under the new one. The Spanish words of each item
// and version are in ./rubric-es.ts.

export const RUBRIC_VERSION = "1.0";

interface RubricChange {
  version: string;
  date: string;
  summary: string;
}

export const RUBRIC_CHANGELOG = [
  { version: "1.0", date: "2026-11-26", summary: "First version." },
] as const satisfies readonly RubricChange[];

/** A disclosure as stored: versions in an older format may lack whole sections or questions. */
export type ScorableDisclosure = DeepPartial<Disclosure>;
export type ScorableTool = DeepPartial<AiTool>;
type DeepPartial<T> = T extends (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** One question's contribution to an item. */
export interface Part {
  /** The question, by its name in the explanation (./why-words.ts), so any language can word it. */
  what: PartName;
  points: number;
  answer: Answer<unknown> | DeepPartial<Answer<unknown>> | undefined;
  /** Set when the rubric does not apply the question here (e.g. the region of a tool that runs on-site): neutral. */
  skip?: WhyNote;
  /** Share of the points (0–1) an answered value earns, with why when not all; default: all of them. */
  grade?: (value: unknown) => { share: number; note?: WhyNote };
}

export interface RubricItem<Id extends string = string> {
  id: Id;
  title: string;
  /** What earns the points, in plain language, for the methodology page. */
  earns: string;
  points: number;
  /** "tool": assessed for every AI tool listed and averaged over them. */
  scope: "facility" | "tool";
  parts: (disclosure: ScorableDisclosure, tool: ScorableTool) => Part[];
}

const CLOUD = ["facility_cloud", "vendor_cloud", "hybrid"];
const valueOf = (answer: Part["answer"]) => (answer?.state === "answered" ? (answer as { value?: unknown }).value : undefined);
const sharesScans = (disclosure: ScorableDisclosure) => {
  const sharing = disclosure.practices?.sharing;
  const levels = [sharing?.research, sharing?.productDevelopment, sharing?.aiTraining];
  // Only when all three say "none" is there nobody to name and nobody to ask.
  return !levels.every((level) => valueOf(level) === "none");
};
const nonEmpty = (value: unknown) => (Array.isArray(value) ? value.length > 0 : Boolean(value));

/** Keeps the items' ids as literal types, so each language's words can be checked against them. */
const items = <Id extends string>(list: RubricItem<Id>[]) => list;

export const RUBRIC = items([
  {
    id: "uses-ai",
    title: "Whether it uses AI on scans",
    earns: "Saying yes or no.",
    points: 3,
    scope: "facility",
    parts: (d) => [{ what: "usesAi", points: 3, answer: d.practices?.usesAi }],
  },
  {
    id: "privacy-policy",
    title: "Privacy policy",
    earns: "A link to the privacy policy (2 points) and to the HIPAA notice of privacy practices (1 point).",
    points: 3,
    scope: "facility",
    parts: (d) => [
      {
        what: "privacyPolicy",
        points: 2,
        answer: d.practices?.privacyPolicyUrls,
        grade: (value) => (nonEmpty(value) ? { share: 1 } : { share: 0, note: "noLink" }),
      },
      { what: "noticeOfPrivacyPractices", points: 1, answer: d.practices?.noticeOfPrivacyPracticesUrl },
    ],
  },
  {
    id: "retention",
    title: "How long scans and reports are kept",
    earns: "A number of years, or “indefinitely”, for images (1 point) and for reports (1 point).",
    points: 2,
    scope: "facility",
    parts: (d) => [
      { what: "imageRetention", points: 1, answer: d.practices?.imageRetention },
      { what: "reportRetention", points: 1, answer: d.practices?.reportRetention },
    ],
  },
  {
    id: "training-sharing",
    title: "Sharing scans to train AI",
    earns: "Saying whether scans are shared to train AI, identifiable or de-identified.",
    points: 3,
    scope: "facility",
    parts: (d) => [{ what: "aiTrainingSharing", points: 3, answer: d.practices?.sharing?.aiTraining }],
  },
  {
    id: "other-sharing",
    title: "Other sharing, with whom, and whether patients are asked",
    earns:
      "Saying whether scans are shared for research (1 point) and product development (1 point); when any sharing happens, naming the kinds of recipients (1 point) and saying whether patients are asked (1 point).",
    points: 4,
    scope: "facility",
    parts: (d) => {
      const sharing = d.practices?.sharing;
      const skip = sharesScans(d) ? undefined : "noSharing";
      return [
        { what: "researchSharing", points: 1, answer: sharing?.research },
        { what: "productDevelopmentSharing", points: 1, answer: sharing?.productDevelopment },
        { what: "recipients", points: 1, answer: sharing?.recipients, skip },
        { what: "patientsAsked", points: 1, answer: sharing?.patientsAsked, skip },
      ];
    },
  },
  {
    id: "opt-out",
    title: "Opting out",
    earns:
      "Saying whether patients can opt out (1 point); when they can, how (1 point), whom to contact or a form's address (1 point) and what the opt-out covers (1 point).",
    points: 4,
    scope: "facility",
    parts: (d) => {
      const optOut = d.practices?.optOut;
      const skip = valueOf(optOut?.offered) === false ? "noOptOut" : undefined;
      // Either one earns the point: the first answered, else the first that is not "not applicable".
      const ways: Pick<Part, "what" | "answer">[] = [
        { what: "optOutForm", answer: optOut?.formUrl },
        { what: "optOutContact", answer: optOut?.contact },
      ];
      const way = ways.find((w) => w.answer?.state === "answered") ?? ways.find((w) => w.answer?.state !== "not_applicable") ?? ways[1]!;
      return [
        { what: "optOutOffered", points: 1, answer: optOut?.offered },
        { what: "optOutHow", points: 1, answer: optOut?.how, skip },
        { what: way.what, points: 1, answer: way.answer, skip },
        { what: "optOutCovers", points: 1, answer: optOut?.covers, skip },
      ];
    },
  },
  {
    id: "deidentification",
    title: "De-identification",
    earns: "Saying whether the basic DICOM de-identification profile is used (1 point) and which options (1 point).",
    points: 2,
    scope: "facility",
    parts: (d) => [
      { what: "basicProfile", points: 1, answer: d.practices?.deidentification?.basicProfile },
      { what: "deidentificationOptions", points: 1, answer: d.practices?.deidentification?.options },
    ],
  },
  {
    id: "patients-told",
    title: "Telling patients when AI is used",
    earns: "Saying whether patients are told when AI is used on their scans.",
    points: 2,
    scope: "facility",
    parts: (d) => [{ what: "patientsTold", points: 2, answer: d.practices?.patientsToldWhenAiUsed }],
  },
  {
    id: "privacy-contact",
    title: "A contact for privacy questions",
    earns: "Giving someone patients can ask.",
    points: 2,
    scope: "facility",
    parts: (d) => [{ what: "privacyContact", points: 2, answer: d.practices?.privacyContact }],
  },
  {
    id: "breaches",
    title: "Breaches of imaging data",
    earns: "Saying whether breaches were reported in the last 6 years (2 points); when they were, listing them (1 point).",
    points: 3,
    scope: "facility",
    parts: (d) => [
      { what: "breachesReported", points: 2, answer: d.breachesReported },
      {
        what: "breachesListed",
        points: 1,
        // Listing them is what answers this part: a list, empty or not, is there when the question was.
        answer: valueOf(d.breachesReported) === true ? { state: "answered", value: d.breaches ?? [] } : undefined,
        skip: valueOf(d.breachesReported) === true ? undefined : "noBreach",
        grade: (value) => (nonEmpty(value) ? { share: 1 } : { share: 0, note: "noneListed" }),
      },
    ],
  },
  {
    id: "tool-runs-where",
    title: "Where each AI tool runs",
    earns: "Saying whether it runs on-site, in the facility's cloud, in the vendor's cloud, or both.",
    points: 2,
    scope: "tool",
    parts: (_, t) => [{ what: "runsWhere", points: 2, answer: t.runsWhere }],
  },
  {
    id: "tool-region",
    title: "Where in the world, when a tool runs in a cloud",
    earns: "The country or region of the cloud (not counted for tools that run on-site).",
    points: 1,
    scope: "tool",
    parts: (_, t) => {
      const runsWhere = valueOf(t.runsWhere);
      const onSite = runsWhere !== undefined && !CLOUD.includes(runsWhere as string);
      return [{ what: "region", points: 1, answer: t.region, skip: onSite ? "onSite" : undefined }];
    },
  },
  {
    id: "tool-data-leaving",
    title: "What data leaves the facility",
    earns: "Saying what leaves: full images, de-identified images, headers, results only, or nothing.",
    points: 2,
    scope: "tool",
    parts: (_, t) => [{ what: "dataLeaving", points: 2, answer: t.dataLeaving }],
  },
  {
    id: "tool-vendor-training",
    title: "Whether the vendor trains on patients' scans",
    earns: "Saying whether the vendor trains its AI on them (no, opt-in, opt-out or yes).",
    points: 2,
    scope: "tool",
    parts: (_, t) => [{ what: "vendorTraining", points: 2, answer: t.vendorTraining }],
  },
  {
    id: "tool-regulatory",
    title: "FDA clearance or regulatory status",
    earns:
      "The FDA number (2 points). For a tool with no FDA number (not applicable), its regulatory status in words earns the 2 points; when the number is unknown or declined, the status in words earns 1.",
    points: 2,
    scope: "tool",
    parts: (_, t) =>
      valueOf(t.fdaNumber) !== undefined
        ? [{ what: "fdaNumber", points: 2, answer: t.fdaNumber }]
        : t.fdaNumber?.state === "not_applicable" || t.fdaNumber?.state === undefined
          ? // No FDA number to give (or an older format): the status in words is the whole answer.
            [{ what: "regulatoryStatus", points: 2, answer: t.regulatoryStatus }]
          : [
              { what: "fdaNumber", points: 1, answer: t.fdaNumber },
              { what: "regulatoryStatus", points: 1, answer: t.regulatoryStatus },
            ],
  },
  {
    id: "tool-local-validation",
    title: "Whether it was checked on the facility's own patients",
    earns: "Saying whether the tool was validated locally.",
    points: 1,
    scope: "tool",
    parts: (_, t) => [{ what: "localValidation", points: 1, answer: t.localValidation }],
  },
]);

export const RUBRIC_POINTS = RUBRIC.reduce((sum, item) => sum + item.points, 0);

export type RubricItemId = (typeof RUBRIC)[number]["id"];

/**
 * The words of the rubric a reader sees, in one language. Only words: the items, their points and
 * how answers are graded are in RUBRIC alone, so a score is the same in every language.
 * Keyed by item, by version and by question, so anything without its words fails the type check.
 */
export interface RubricTexts {
  items: Record<RubricItemId, { title: string; earns: string }>;
  changes: Record<(typeof RUBRIC_CHANGELOG)[number]["version"], string>;
  /** The explanation of a scored item's points. */
  why: WhyWords;
}

const RUBRIC_TEXTS: Record<Locale, RubricTexts> = {
  en: {
    items: Object.fromEntries(RUBRIC.map(({ id, title, earns }) => [id, { title, earns }])) as RubricTexts["items"],
    changes: Object.fromEntries(RUBRIC_CHANGELOG.map(({ version, summary }) => [version, summary])) as RubricTexts["changes"],
    why: WHY_EN,
  },
  es: RUBRIC_TEXT_ES,
};

export const rubricTexts = (locale: Locale): RubricTexts => RUBRIC_TEXTS[locale];
