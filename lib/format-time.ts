import { INTL_LOCALE } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";

// Moments as people in the US read them, with the time zone written out: moderators compare them
// with emails and phone calls, so "3:04 PM" alone would be ambiguous.

const dateTimeFormats = Object.fromEntries(
  Object.entries(INTL_LOCALE).map(([locale, tag]) => [
    locale,
    new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

/** "Mar 4, 2026, 3:04 PM UTC", "4 mar 2026, 3:04 p.m. UTC" */
export function formatDateTime(date: Date, locale: Locale = "en"): string {
  return `${dateTimeFormats[locale].format(date)} UTC`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long ago, in whole days: "today", "1 day ago", "40 days ago". */
export function formatAge(date: Date, now: Date = new Date()): string {
  const days = Math.floor((now.getTime() - date.getTime()) / DAY_MS);
  if (days <= 0) return "today";
  return days === 1 ? "1 day ago" : `${days.toLocaleString("en-US")} days ago`;
}
