// Dates and numbers as people read them in the page's language ("en" everywhere staff work),
// in UTC on the server and in tests alike.
import type { Locale } from "@/lib/i18n/routing";

export const INTL_LOCALE: Record<Locale, string> = { en: "en-US", es: "es-US" };

const dateFormats = Object.fromEntries(
  Object.entries(INTL_LOCALE).map(([locale, tag]) => [
    locale,
    new Intl.DateTimeFormat(tag, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

export function formatDate(date: Date, locale: Locale = "en"): string {
  return dateFormats[locale].format(date);
}

export function formatCount(count: number, locale: Locale = "en"): string {
  return count.toLocaleString(INTL_LOCALE[locale]);
}

/** "33%": a whole percentage (33 for a third). */
export function formatPercent(percent: number, locale: Locale = "en"): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent", maximumFractionDigits: 0 }).format(percent / 100);
}

/** Distances nearer than this read "less than" it: the caller words that in the page's language. */
export const SHORTEST_DISTANCE = 0.1;

/** "3.2 miles", "12 kilómetros": tenths of a unit up to 10, whole units beyond. */
export function formatDistance(distance: number, unit: "mi" | "km", locale: Locale = "en"): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "unit",
    unit: unit === "mi" ? "mile" : "kilometer",
    unitDisplay: "long",
    maximumFractionDigits: distance < 10 ? 1 : 0,
  }).format(distance);
}
