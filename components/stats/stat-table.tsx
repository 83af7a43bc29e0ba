import { DataTable } from "@/components/ui/data-table";
import { formatCount } from "@/lib/format";
import { formatCounted, formatShare } from "@/lib/stats/format-share";
import type { StatRow, StatSection } from "@/lib/stats/statistics";

/**
 * The numbers of a section as a table. `rate` rows are each out of their own total (a state's
 * facilities that disclosed); other rows share one total (tools by where they run).
 */
export function StatTable({
  rows,
  counted,
  labelHeading,
  rate = false,
  caption,
}: {
  rows: StatRow[];
  counted: StatSection["counted"];
  labelHeading: string;
  rate?: boolean;
  caption?: string;
}) {
  const columns = rate
    ? [labelHeading, "With a disclosure", "In the directory", "Share"]
    : [labelHeading, counted === "facilities" ? "Facilities" : "Tools", `Share of ${formatCounted(rows[0]?.outOf ?? 0, counted)}`];
  return (
    <DataTable caption={caption} columns={columns} small>
      {rows.map((row) => (
        <tr key={row.key} className="border-b border-line">
          <th scope="row" className="py-2 pr-4 font-normal">
            {row.label}
          </th>
          <td className="py-2 pr-4 tabular-nums">{formatCount(row.count)}</td>
          {rate ? <td className="py-2 pr-4 tabular-nums">{formatCount(row.outOf ?? 0)}</td> : null}
          <td className="py-2 pr-4 tabular-nums">{formatShare(row)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
