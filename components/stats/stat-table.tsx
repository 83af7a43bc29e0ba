import { DataTable } from "@/components/ui/data-table";
import { formatCount } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { formatCounted, formatShare } from "@/lib/stats/format-share";
import type { StatRow, StatSection } from "@/lib/stats/statistics";
import { statsWords } from "@/lib/stats/words";

/**
 * The numbers of a section as a table. `rate` rows are each out of their own total (a state's
 * facilities that disclosed); other rows share one total (tools by where they run).
 */
export function StatTable({
  rows,
  counted,
  labelHeading,
  locale,
  rate = false,
  caption,
}: {
  rows: StatRow[];
  counted: StatSection["counted"];
  labelHeading: string;
  locale: Locale;
  rate?: boolean;
  caption?: string;
}) {
  const t = statsWords(locale);
  const columns = rate
    ? [labelHeading, t("table.withDisclosure"), t("table.inDirectory"), t("table.share")]
    : [labelHeading, t(`table.${counted}`), t("table.shareOf", { counted: formatCounted(rows[0]?.outOf ?? 0, counted, locale) })];
  return (
    <DataTable caption={caption} columns={columns} small>
      {rows.map((row) => (
        <tr key={row.key} className="border-b border-line">
          <th scope="row" className="py-2 pr-4 font-normal">
            {row.label}
          </th>
          <td className="py-2 pr-4 tabular-nums">{formatCount(row.count, locale)}</td>
          {rate ? <td className="py-2 pr-4 tabular-nums">{formatCount(row.outOf ?? 0, locale)}</td> : null}
          <td className="py-2 pr-4 tabular-nums">{formatShare(row, locale)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
