import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import type { ReviewStatusValue } from "@/lib/claims/schema";
import { formatDateTime } from "@/lib/format-time";
import { StatusBadge } from "./status-badge";

export interface QueueRow {
  id: string;
  href: string;
  facility: string;
  place: string;
  requester: string;
  submittedAt: Date;
  /** Claims only: new-facility requests have no listed website to compare with. */
  domainMatches?: boolean;
  status: ReviewStatusValue;
  decidedBy: string | null;
  decidedAt: Date | null;
}

const Time = ({ date }: { date: Date }) => <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;

/** Requests waiting for review, and the decisions taken on earlier ones. */
export function QueueTable({ caption, rows, showDomain }: { caption: string; rows: QueueRow[]; showDomain: boolean }) {
  return (
    <DataTable
      caption={caption}
      columns={["Facility", "Requester", "Submitted", ...(showDomain ? ["Email on the facility's web domain"] : []), "Status and decision"]}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-line align-top">
          <td className="py-3 pr-4">
            <Link href={row.href} className="font-semibold">
              {row.facility}
            </Link>
            <div className="text-ink-muted">{row.place}</div>
          </td>
          <td className="py-3 pr-4 break-all">{row.requester}</td>
          <td className="py-3 pr-4">
            <Time date={row.submittedAt} />
          </td>
          {showDomain ? <td className="py-3 pr-4">{row.domainMatches ? "Yes (a hint, not proof)" : "No"}</td> : null}
          <td className="space-y-1 py-3 pr-4">
            <StatusBadge status={row.status} />
            {row.status !== "PENDING" ? (
              <div className="text-base">
                by {row.decidedBy ?? "a deleted account"}
                {row.decidedAt ? (
                  <>
                    {" "}
                    on <Time date={row.decidedAt} />
                  </>
                ) : null}
              </div>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
