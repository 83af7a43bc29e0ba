import type { Metadata } from "next";
import { localizedPath } from "./locale-path";
import { routing } from "./routing";

/** Where the same page is in each language (hreflang), for its path without the language prefix.
 * A page that sets alternates of its own (a feed) spreads these in, or it would lose them. */
export function languageAlternates(path: string): Pick<NonNullable<Metadata["alternates"]>, "languages"> {
  const languages = Object.fromEntries(routing.locales.map((locale) => [locale, localizedPath(path, locale)]));
  return { languages: { ...languages, "x-default": path } };
}
