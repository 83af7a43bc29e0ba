import { createTranslator } from "next-intl";
import { disclosureLabels } from "@/lib/disclosures/labels-by-locale";
import { messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

/**
 * What the comparison says in one language: its own words and the disclosure's. Made without a
 * request (not getTranslations), so the comparison stays a pure function the tests call too.
 */
export const compareWords = (locale: Locale) => ({
  locale,
  t: createTranslator({ locale, messages: messages[locale] }),
  labels: disclosureLabels(locale),
});

export type CompareWords = ReturnType<typeof compareWords>;
