import { formatCount } from "@/lib/format";
import { shareOf, type StatRow } from "./statistics";

/**
 * A share as a whole percentage, without rounding a few into none or most into all: "less than
 * 1%" and "more than 99%" rather than "0%" and "100%". Empty when there is nothing to divide by.
 */
export function formatShare(row: Pick<StatRow, "count" | "outOf">): string {
  const share = shareOf(row);
  if (share === null) return "";
  const percent = Math.round(share * 100);
  if (percent === 0 && row.count > 0) return "less than 1%";
  if (percent === 100 && row.count < row.outOf!) return "more than 99%";
  return `${percent}%`;
}

/** "12 facilities", "1 tool". */
export function formatCounted(count: number, counted: "facilities" | "tools"): string {
  const noun = counted === "facilities" ? (count === 1 ? "facility" : "facilities") : count === 1 ? "tool" : "tools";
  return `${formatCount(count)} ${noun}`;
}
