import { createTranslator } from "next-intl";
import { messages } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";

// The statistics' words for the charts and tables. Made without a request (not getTranslations),
// as lib/compare/words.ts is, so the charts stay plain functions that the tests render; made once
// per language, since a page draws dozens of bars.

const translatorIn = (locale: Locale) => createTranslator({ locale, messages: messages[locale], namespace: "stats" });

const TRANSLATORS = Object.fromEntries(routing.locales.map((locale) => [locale, translatorIn(locale)])) as Record<
  Locale,
  ReturnType<typeof translatorIn>
>;

export const statsWords = (locale: Locale) => TRANSLATORS[locale];
