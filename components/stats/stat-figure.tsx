import type { Locale } from "@/lib/i18n/routing";
import type { StatRow, StatSection } from "@/lib/stats/statistics";
import { statsWords } from "@/lib/stats/words";
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
  locale,
  rows = section.rows,
  rate = false,
  children,
}: {
  section: StatSection;
  caption: string;
  labelHeading: string;
  locale: Locale;
  /** The bars and the table's rows, when not the whole section (the top 10 states). */
  rows?: StatRow[];
  rate?: boolean;
  /** A note under the caption: what is counted, how. */
  children?: React.ReactNode;
}) {
  const bars = rows.map((row) => `${row.label}: ${barValue(row, locale)}`).join(". ");
  return (
    <figure className="flex flex-col gap-4 break-inside-avoid">
      <figcaption className="flex flex-col gap-1">
        <span className="text-xl font-bold">{caption}</span>
        {children ? <span className="text-base text-ink-muted">{children}</span> : null}
      </figcaption>
      <BarChart id={`chart-${section.key}`} rows={rows} summary={statsWords(locale)("chart.summary", { bars })} locale={locale} />
      <StatTable rows={rows} counted={section.counted} labelHeading={labelHeading} rate={rate} locale={locale} />
    </figure>
  );
}
