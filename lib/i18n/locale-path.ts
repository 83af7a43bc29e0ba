import { routing, type Locale } from "./routing";

// The pages a patient reads, which exist in every language. Everything else (staff pages, open
// data, the API, feeds) is English only and is never prefixed.
const TRANSLATED = [
  /^\/$/,
  /^\/facilities$/,
  /^\/facilities\/[^/]+$/,
  /^\/facilities\/[^/]+\/report$/,
  /^\/facilities\/[^/]+\/versions(\/[^/]+)?$/,
  /^\/compare$/,
  /^\/methodology$/,
  /^\/stats$/,
];

export function isTranslated(path: string): boolean {
  return TRANSLATED.some((pattern) => pattern.test(path));
}

export type LocaleRoute =
  { kind: "translated"; locale: Locale; path: string } | { kind: "redirect"; path: string } | { kind: "untranslated"; locale?: Locale };

/** Where a request path goes: "/es/compare" is the Spanish compare page, "/compare" the English
 * one, "/en/compare" redirects to "/compare" (one address per page). "/es/anything-else" matches
 * no page, but its "not found" page is in Spanish. */
export function routeLocale(pathname: string): LocaleRoute {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  const prefix = match?.[1];
  if (prefix && (routing.locales as readonly string[]).includes(prefix)) {
    const path = match[2] ?? "/";
    if (!isTranslated(path)) return { kind: "untranslated", locale: prefix as Locale };
    if (prefix === routing.defaultLocale) return { kind: "redirect", path };
    return { kind: "translated", locale: prefix as Locale, path };
  }
  if (isTranslated(pathname)) return { kind: "translated", locale: routing.defaultLocale, path: pathname };
  return { kind: "untranslated" };
}

/** The same page in another language, for the language switcher and hreflang links. */
export function localizedPath(path: string, locale: Locale): string {
  if (locale === routing.defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}
