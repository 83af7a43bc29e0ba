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

/** The first segment of every address outside app/[locale]: English pages and routes, Next.js's
 * own, and the files in public/ (a unit test checks this against app/ and public/). Any other
 * one-segment address would reach app/[locale] as a language and be refused there with an empty
 * page (a notFound() in a layout is blank without JavaScript: vercel/next.js#62228). */
export const ROOT_SEGMENTS = new Set([
  "_next",
  "_not-found",
  "account",
  "admin",
  "api",
  "claim",
  "data",
  "developers",
  "facilities",
  "favicon.ico",
  "favicon.svg",
  "feeds",
  "forgot-password",
  "invitations",
  "manage",
  "moderation",
  "register-facility",
  "reset-password",
  "robots.txt",
  "sign-in",
  "sign-up",
  "stats",
  "verify-email",
]);

export function isTranslated(path: string): boolean {
  return TRANSLATED.some((pattern) => pattern.test(path));
}

export type LocaleRoute =
  | { kind: "translated"; locale: Locale; path: string }
  | { kind: "redirect"; path: string }
  | { kind: "untranslated"; locale?: Locale }
  | { kind: "unknown" };

/** Where a request path goes: "/es/compare" is the Spanish compare page, "/compare" the English
 * one, "/en/compare" redirects to "/compare" (one address per page). "/es/anything-else" matches
 * no page, but its "not found" page is in Spanish; "/anything-else" is "unknown". */
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
  const root = /^\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (root && !ROOT_SEGMENTS.has(root)) return { kind: "unknown" };
  return { kind: "untranslated" };
}

/** The same page in another language, for the language switcher and hreflang links. */
export function localizedPath(path: string, locale: Locale): string {
  if (locale === routing.defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}
