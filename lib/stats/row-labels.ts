import { disclosureLabels } from "@/lib/disclosures/labels-by-locale";
import { FACILITY_KIND_LABELS, type FacilityKindValue } from "@/lib/facilities/schema";
import { stateNames, type UsState } from "@/lib/facilities/us-states";
import { messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { NOT_DISCLOSED, NOT_DISCLOSED_LABEL } from "@/lib/open-data/column";

// The words the rows are labelled with, in one language. English is the public files' (the CSV and
// the API), so it comes from the dictionaries the rest of the open data uses; the page asks for the
// language it is read in.

/** The words not already in the disclosures' dictionaries. */
interface OwnWords {
  listed: string;
  disclosed: string;
  kinds: Record<FacilityKindValue, string>;
  states: Record<UsState, string>;
  notDisclosed: string;
}

const OWN_WORDS: Record<Locale, OwnWords> = {
  en: {
    listed: "Facilities in the directory",
    disclosed: "Facilities with a published disclosure",
    kinds: FACILITY_KIND_LABELS,
    states: stateNames("en"),
    notDisclosed: NOT_DISCLOSED_LABEL,
  },
  es: {
    listed: "Centros en el directorio",
    disclosed: "Centros con una declaración publicada",
    kinds: messages.es.common.kind,
    states: stateNames("es"),
    notDisclosed: "No informado",
  },
};

export function rowLabels(locale: Locale) {
  const { answers, options, unanswered } = disclosureLabels(locale);
  const { notDisclosed, ...own } = OWN_WORDS[locale];
  return {
    ...own,
    yesNo: { yes: answers.yes, no: answers.no },
    options,
    noAnswer: { ...unanswered, [NOT_DISCLOSED]: notDisclosed },
  };
}

export type RowLabels = ReturnType<typeof rowLabels>;
