import Link from "next/link";
import { StatusBadge } from "@/components/moderation/status-badge";
import type { ReviewStatusValue } from "@/lib/claims/schema";
import { formatDateTime } from "@/lib/format-time";
import type { ReportStatusValue } from "@/lib/reports/schema";

/** The top of a moderator's page about one claim, new facility or report: the way back to its
 * queue, its state, what it is, who sent it and when. */
export function ItemHeader({
  back,
  status,
  title,
  sentAt,
  children,
}: {
  back: { href: string; label: string };
  status: ReviewStatusValue | ReportStatusValue;
  title: React.ReactNode;
  sentAt: Date;
  /** The sentence before the date, e.g. "Sam asks to manage this facility's listing. Submitted". */
  children: React.ReactNode;
}) {
  return (
    <header className="space-y-3">
      <p>
        <Link href={back.href}>{back.label}</Link>
      </p>
      <StatusBadge status={status} />
      <h1 className="text-4xl font-bold">{title}</h1>
      <p className="text-xl">
        {children} <time dateTime={sentAt.toISOString()}>{formatDateTime(sentAt)}</time>.
      </p>
    </header>
  );
}
