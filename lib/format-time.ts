// Moments as people in the US read them, with the time zone written out: moderators compare them
// with emails and phone calls, so "3:04 PM" alone would be ambiguous.

const dateTimeFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** "Mar 4, 2026, 3:04 PM UTC" */
export function formatDateTime(date: Date): string {
  return `${dateTimeFormat.format(date)} UTC`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long ago, in whole days: "today", "1 day ago", "40 days ago". */
export function formatAge(date: Date, now: Date = new Date()): string {
  const days = Math.floor((now.getTime() - date.getTime()) / DAY_MS);
  if (days <= 0) return "today";
  return days === 1 ? "1 day ago" : `${days.toLocaleString("en-US")} days ago`;
}
