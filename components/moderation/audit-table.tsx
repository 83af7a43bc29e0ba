import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { AUDIT_ACTIONS, isAuditAction } from "@/lib/audit/schema";
import { formatDateTime } from "@/lib/format-time";

export interface AuditRow {
  id: bigint;
  at: Date;
  actorEmail: string | null;
  ip: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: unknown;
}

const SUBJECT_PAGES: Record<string, string> = {
  claim: "/moderation/claims/",
  registration: "/moderation/registrations/",
  inaccuracy_report: "/moderation/reports/",
};

function plain(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** An entry's details as short "key: value" lines; the log only holds plain values. */
function Details({ details }: { details: unknown }) {
  const entries = details && typeof details === "object" && !Array.isArray(details) ? Object.entries(details) : null;
  if (!entries) return <>{plain(details)}</>;
  if (!entries.length) return <span className="text-ink-muted">None</span>;
  return (
    <ul className="space-y-0.5">
      {entries.map(([key, value]) => (
        <li key={key} className="break-words">
          <span className="font-semibold">{key}:</span> {plain(value)}
        </li>
      ))}
    </ul>
  );
}

function Subject({ type, id }: { type: string; id: string | null }) {
  if (!id) return <>{type}</>;
  const page = SUBJECT_PAGES[type];
  return (
    <>
      {type}{" "}
      {page ? (
        <Link href={`${page}${id}`} className="font-mono text-sm break-all">
          {id}
        </Link>
      ) : (
        <span className="font-mono text-sm break-all">{id}</span>
      )}
    </>
  );
}

export function AuditTable({ caption, events }: { caption: string; events: AuditRow[] }) {
  return (
    <DataTable caption={caption} columns={["Time", "Who", "What", "Subject", "IP address", "Details"]} small>
      {events.map((event) => (
        <tr key={event.id.toString()} className="border-b border-line align-top">
          <td className="py-2 pr-4 whitespace-nowrap">
            <time dateTime={event.at.toISOString()}>{formatDateTime(event.at)}</time>
          </td>
          <td className="py-2 pr-4 break-all">
            {event.actorEmail ?? (
              <>
                <span aria-hidden="true">—</span>
                <span className="sr-only">No account</span>
              </>
            )}
          </td>
          <td className="py-2 pr-4">{isAuditAction(event.action) ? AUDIT_ACTIONS[event.action] : event.action}</td>
          <td className="py-2 pr-4">
            <Subject type={event.subjectType} id={event.subjectId} />
          </td>
          <td className="py-2 pr-4 font-mono text-sm">{event.ip ?? "—"}</td>
          <td className="py-2 pr-4">
            <Details details={event.details} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
