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
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="pb-3 text-left text-xl font-bold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              Facility
            </th>
            <th scope="col" className="py-2 pr-4">
              Requester
            </th>
            <th scope="col" className="py-2 pr-4">
              Submitted
            </th>
            {showDomain ? (
              <th scope="col" className="py-2 pr-4">
                Email on the facility&apos;s web domain
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-4">
              Status and decision
            </th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
