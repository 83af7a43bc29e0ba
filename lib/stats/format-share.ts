import { formatCount, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { shareOf, type StatRow, type StatSection } from "./statistics";
import { statsWords } from "./words";

/**
 * A share as a whole percentage, without rounding a few into none or most into all: "less than
 * 1%" and "more than 99%" rather than "0%" and "100%". Empty when there is nothing to divide by.
 */
export function formatShare(row: Pick<StatRow, "count" | "outOf">, locale: Locale): string {
  const share = shareOf(row);
  if (share === null) return "";
  const t = statsWords(locale);
  const percent = Math.round(share * 100);
  if (percent === 0 && row.count > 0) return t("share.lessThan", { percent: formatPercent(1, locale) });
  if (percent === 100 && row.count < row.outOf!) return t("share.moreThan", { percent: formatPercent(99, locale) });
  return formatPercent(percent, locale);
}

/** "12 facilities", "1 tool". */
export function formatCounted(count: number, counted: StatSection["counted"], locale: Locale): string {
  return statsWords(locale)(`counts.${counted}`, { count, total: formatCount(count, locale) });
}
