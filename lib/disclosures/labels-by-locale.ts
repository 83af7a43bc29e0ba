import type { Locale } from "@/lib/i18n/routing";
import { UNANSWERED_LABELS, type UnansweredState } from "./answer";
import {
  AI_TOOL_TEXT,
  ANSWER_WORDS,
  BREACH_TEXT,
  BREACHES_REPORTED_TEXT,
  DEIDENTIFICATION_TEXT,
  ITEM_TITLES,
  OPT_OUT_TEXT,
  OPTION_LABELS,
  PRACTICE_TEXT,
  SECTION_TITLES,
  SHARING_TEXT,
  type OptionLabels,
  type QuestionText,
} from "./labels";
import { LABELS_ES } from "./labels-es";

// The words patients read on a disclosure, in the page's language. Staff pages and open data keep
// the English dictionaries of labels.ts, with their help texts and examples for the form.

/** Each question's label: only the form needs its help text and example, and the form is English. */
export type QuestionLabels<T> = Record<keyof T, string>;

export interface DisclosureLabels {
  unanswered: Record<UnansweredState, string>;
  answers: typeof ANSWER_WORDS;
  options: OptionLabels;
  questions: {
    practice: QuestionLabels<typeof PRACTICE_TEXT>;
    sharing: QuestionLabels<typeof SHARING_TEXT>;
    optOut: QuestionLabels<typeof OPT_OUT_TEXT>;
    deidentification: QuestionLabels<typeof DEIDENTIFICATION_TEXT>;
    aiTool: QuestionLabels<typeof AI_TOOL_TEXT>;
    breach: QuestionLabels<typeof BREACH_TEXT>;
    breachesReported: string;
  };
  sections: Record<keyof typeof SECTION_TITLES, string>;
  titles: typeof ITEM_TITLES;
}

const labelsOf = <T extends Record<string, QuestionText>>(texts: T) =>
  Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, text.label])) as QuestionLabels<T>;

const LABELS: Record<Locale, DisclosureLabels> = {
  en: {
    unanswered: UNANSWERED_LABELS,
    answers: ANSWER_WORDS,
    options: OPTION_LABELS,
    questions: {
      practice: labelsOf(PRACTICE_TEXT),
      sharing: labelsOf(SHARING_TEXT),
      optOut: labelsOf(OPT_OUT_TEXT),
      deidentification: labelsOf(DEIDENTIFICATION_TEXT),
      aiTool: labelsOf(AI_TOOL_TEXT),
      breach: labelsOf(BREACH_TEXT),
      breachesReported: BREACHES_REPORTED_TEXT.label,
    },
    sections: SECTION_TITLES,
    titles: ITEM_TITLES,
  },
  es: LABELS_ES,
};

export const disclosureLabels = (locale: Locale): DisclosureLabels => LABELS[locale];
