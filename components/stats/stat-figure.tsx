import type { StatRow, StatSection } from "@/lib/stats/statistics";
import { BarChart, barValue } from "./bar-chart";
import { StatTable } from "./stat-table";

/**
 * One chart with the same numbers as a table under it: the chart for seeing, the table for
 * reading, screen readers and copying.
 */
export function StatFigure({
  section,
  caption,
  labelHeading,
  rows = section.rows,
  rate = false,
  children,
}: {
  section: StatSection;
  caption: string;
  labelHeading: string;
  /** The bars and the table's rows, when not the whole section (the top 10 states). */
  rows?: StatRow[];
  rate?: boolean;
  /** A note under the caption: what is counted, how. */
  children?: React.ReactNode;
}) {
  const summary = `Bar chart. ${rows.map((row) => `${row.label}: ${barValue(row)}`).join(". ")}.`;
  return (
    <figure className="flex flex-col gap-4 break-inside-avoid">
      <figcaption className="flex flex-col gap-1">
        <span className="text-xl font-bold">{caption}</span>
        {children ? <span className="text-base text-ink-muted">{children}</span> : null}
      </figcaption>
      <BarChart id={`chart-${section.key}`} rows={rows} summary={summary} />
      <StatTable rows={rows} counted={section.counted} labelHeading={labelHeading} rate={rate} />
    </figure>
  );
}
