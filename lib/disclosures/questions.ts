import type { Locale } from "@/lib/i18n/routing";
import {
  aiToolRows,
  breachesReportedRow,
  breachRows,
  formatIsoDate,
  practiceGroups,
  type BreachKey,
  type PracticeKey,
  type ToolKey,
} from "./format";
import { QUESTIONS_ES } from "./questions-es";
import type { Breach, Disclosure } from "./schema";

// What a patient can ask a facility where its disclosure leaves a gap: one question for every
// answer that is unknown or declined. "Not applicable" is an answer, so it asks nothing.

export interface PatientQuestion {
  topic: string;
  question: string;
}

/** Every question in one language; English below is the source (questions-es.ts has the same keys). */
export interface QuestionWords {
  general: readonly PatientQuestion[];
  practice: Record<PracticeKey | "breachesReported", PatientQuestion>;
  /** Null for what is never unknown: a tool's vendor and note are text, not answers. */
  tool: Record<ToolKey, ((tool: string) => string) | null>;
  breachTopic: string;
  breachDetails: Record<BreachKey, string>;
  /** "About the data breach of March 2, 2022: can you tell me …?"; the date is null when not given. */
  aboutBreach: (date: string | null, details: string) => string;
  /** The word before the last of a list: "a, b and c". */
  and: string;
}

const BREACHES_QUESTION: PatientQuestion = {
  topic: "Breaches",
  question: "Have there been any data breaches involving patients' images in the last six years?",
};

/** For a facility that has disclosed nothing: the questions ScanAware's format answers, in English. */
export const PATIENT_QUESTIONS: readonly PatientQuestion[] = [
  { topic: "AI use", question: "Is AI used on my scan, and for what?" },
  { topic: "Where it runs", question: "Does the AI run on-site or in the cloud — and if in the cloud, whose, and in which country?" },
  { topic: "Retention", question: "How long do you and any AI vendor keep my images and reports?" },
  { topic: "Training", question: "Are my images or reports used to train or improve AI models, by you or a vendor?" },
  { topic: "Opting out", question: "Can I opt out of AI processing or of training use, and how? Does it change my care or cost?" },
  { topic: "Privacy policy", question: "Where is your privacy policy, and your policy on AI?" },
  BREACHES_QUESTION,
];

const PRACTICE_QUESTIONS: QuestionWords["practice"] = {
  usesAi: { topic: "AI use", question: "Is AI used on my scan, and for what?" },
  patientsToldWhenAiUsed: { topic: "AI use", question: "Will I be told if AI was used on my scan?" },
  privacyPolicyUrls: { topic: "Privacy policy", question: "Where can I read your privacy policy?" },
  noticeOfPrivacyPracticesUrl: { topic: "Privacy policy", question: "Where can I read your Notice of Privacy Practices?" },
  aiPolicyUrl: { topic: "Privacy policy", question: "Do you have a policy on how you use AI, and where can I read it?" },
  privacyContact: { topic: "Privacy policy", question: "Whom can I contact with questions about my privacy?" },
  imageRetention: { topic: "Retention", question: "How long do you keep my images?" },
  reportRetention: { topic: "Retention", question: "How long do you keep my reports?" },
  "sharing.research": { topic: "Sharing", question: "Are my images or reports shared for research, and could they identify me?" },
  "sharing.productDevelopment": {
    topic: "Sharing",
    question: "Are my images or reports shared with companies to develop their products?",
  },
  "sharing.aiTraining": { topic: "Training", question: "Are my images or reports used to train AI, by you or anyone else?" },
  "sharing.recipients": { topic: "Sharing", question: "Who receives my images or reports when you share them?" },
  "sharing.patientsAsked": { topic: "Sharing", question: "Will you ask me before you share my images or reports?" },
  "optOut.offered": { topic: "Opting out", question: "Can I opt out of AI being used on my scan, or of my data being used to train AI?" },
  "optOut.how": { topic: "Opting out", question: "How do I opt out?" },
  "optOut.contact": { topic: "Opting out", question: "Whom do I contact to opt out?" },
  "optOut.formUrl": { topic: "Opting out", question: "Is there a form to opt out, and where is it?" },
  "optOut.covers": { topic: "Opting out", question: "What exactly does opting out stop?" },
  "optOut.cost": { topic: "Opting out", question: "Does opting out cost anything?" },
  "optOut.effectOnCare": { topic: "Opting out", question: "Does opting out change my care, or how long my results take?" },
  "deidentification.basicProfile": {
    topic: "Identifying details",
    question: "Before my images leave, how do you remove my name, dates and other identifying details?",
  },
  "deidentification.options": {
    topic: "Identifying details",
    question: "Which identifying details are removed, and which are kept, when my images are de-identified?",
  },
  "deidentification.defacingTool": {
    topic: "Identifying details",
    question: "Is my face removed from head scans before they leave, and with what software?",
  },
  breachesReported: BREACHES_QUESTION,
};

const TOOL_QUESTIONS: QuestionWords["tool"] = {
  vendor: null,
  note: null,
  version: (tool) => `Which version of ${tool} do you use?`,
  purposes: (tool) => `What does ${tool} do with my scan?`,
  modalities: (tool) => `On which kinds of scan is ${tool} used?`,
  bodyRegions: (tool) => `Which parts of the body does ${tool} look at?`,
  decisionRole: (tool) => `Does a person check what ${tool} finds, or does it decide on its own?`,
  runsWhere: (tool) => `Where does ${tool} run: on your own computers, or in a cloud, and whose?`,
  region: (tool) => `In which country or region does ${tool} process my scan?`,
  dataLeaving: (tool) => `What is sent out of the facility for ${tool}: my images, de-identified images, or only results?`,
  businessAssociateAgreement: (tool) => `Does the maker of ${tool} have a business associate agreement (the HIPAA contract) with you?`,
  vendorRetention: (tool) => `How long does the maker of ${tool} keep my data?`,
  vendorTraining: (tool) => `May the maker of ${tool} use my scan to train or improve its AI?`,
  localValidation: (tool) => `Was ${tool} tested on this facility's own patients before you started using it?`,
  fdaNumber: (tool) => `Is ${tool} cleared or approved by the FDA?`,
  regulatoryStatus: (tool) => `Is ${tool} cleared or approved by the FDA?`,
};

const BREACH_DETAILS: Record<BreachKey, string> = {
  breachDate: "when it happened",
  discoveryDate: "when it was discovered",
  noticeDate: "when people were told",
  type: "what kind of breach it was",
  individualsAffected: "how many people were affected",
  businessAssociateInvolved: "whether a vendor was involved",
  noticeUrl: "where the public notice is",
  mitigation: "what was done about it",
};

const QUESTIONS: Record<Locale, QuestionWords> = {
  en: {
    general: PATIENT_QUESTIONS,
    practice: PRACTICE_QUESTIONS,
    tool: TOOL_QUESTIONS,
    breachTopic: BREACHES_QUESTION.topic,
    breachDetails: BREACH_DETAILS,
    aboutBreach: (date, details) => `About ${date ? `the data breach of ${date}` : "the data breach"}: can you tell me ${details}?`,
    and: "and",
  },
  es: QUESTIONS_ES,
};

/** For a facility that has disclosed nothing, in the page's language. */
export const patientQuestions = (locale: Locale) => QUESTIONS[locale].general;

const asksSomething = (row: { state: string }) => row.state === "unknown" || row.state === "declined";

const inWords = (items: string[], and: string) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;

function breachQuestion(breach: Breach, locale: Locale): PatientQuestion | null {
  const words = QUESTIONS[locale];
  const gaps = breachRows(breach)
    .filter(asksSomething)
    .map((row) => words.breachDetails[row.key]);
  if (!gaps.length) return null;
  const date = breach.breachDate.state === "answered" ? formatIsoDate(breach.breachDate.value, locale) : null;
  return { topic: words.breachTopic, question: words.aboutBreach(date, inWords(gaps, words.and)) };
}

/** The questions to ask, in the order of the disclosure, each once; for no disclosure, the general ones. */
export function questionsToAsk(disclosure: Disclosure | null, locale: Locale = "en"): PatientQuestion[] {
  const words = QUESTIONS[locale];
  if (!disclosure) return [...words.general];
  const questions = [
    ...practiceGroups(disclosure.practices).flatMap((group) => group.rows.filter(asksSomething).map((row) => words.practice[row.key])),
    ...disclosure.aiTools.flatMap((tool) =>
      aiToolRows(tool)
        .filter(asksSomething)
        .flatMap((row) => words.tool[row.key] ?? [])
        .map((ask) => ({ topic: tool.productName, question: ask(tool.productName) })),
    ),
    ...(asksSomething(breachesReportedRow(disclosure)) ? [words.practice.breachesReported] : []),
    ...disclosure.breaches.flatMap((breach) => breachQuestion(breach, locale) ?? []),
  ];
  return questions.filter((question, index) => questions.findIndex((other) => other.question === question.question) === index);
}
