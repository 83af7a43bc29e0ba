import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/lib/format-time";
import { topicLabel, type ReportStatusValue, type ReportTopicValue } from "@/lib/reports/schema";
import { StatusBadge } from "./status-badge";

export interface ReportRow {
  id: string;
  topic: ReportTopicValue;
  description: string;
  status: ReportStatusValue;
  createdAt: Date;
  decidedAt: Date | null;
  facility: { name: string; city: string; state: string };
  decidedBy: { email: string } | null;
}

const Time = ({ date }: { date: Date }) => <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;
const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

/** Reports of inaccuracies, each linking to the page where it is decided. */
export function ReportTable({ caption, rows }: { caption: string; rows: ReportRow[] }) {
  return (
    <DataTable caption={caption} columns={["Facility", "What is wrong", "Received", "Status and decision"]}>
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-line align-top">
          <td className="py-3 pr-4">
            <Link href={`/moderation/reports/${row.id}`} className="font-semibold">
              {row.facility.name}
            </Link>
            <div className="text-ink-muted">
              {row.facility.city}, {row.facility.state}
            </div>
          </td>
          <td className="py-3 pr-4">
            <div className="font-semibold">{topicLabel(row.topic)}</div>
            <div className="break-words">{excerpt(row.description)}</div>
          </td>
          <td className="py-3 pr-4">
            <Time date={row.createdAt} />
          </td>
          <td className="space-y-1 py-3 pr-4">
            <StatusBadge status={row.status} />
            {row.decidedAt ? (
              <div className="text-base">
                by {row.decidedBy?.email ?? "a deleted account"} on <Time date={row.decidedAt} />
              </div>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
