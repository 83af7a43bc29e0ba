// Dates and numbers as people read them in the page's language ("en" everywhere staff work),
// in UTC on the server and in tests alike.
import type { Locale } from "@/lib/i18n/routing";

const INTL_LOCALE: Record<Locale, string> = { en: "en-US", es: "es-US" };

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

export function formatDistance(distance: number, unit: "mi" | "km"): string {
  if (distance < 0.1) return `less than 0.1 ${unit === "mi" ? "miles" : "km"}`;
  const rounded = distance < 10 ? distance.toFixed(1) : Math.round(distance).toString();
  return `${rounded} ${unit === "mi" ? (rounded === "1.0" ? "mile" : "miles") : "km"}`;
}
