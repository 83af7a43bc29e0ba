import { formatDateTime } from "@/lib/format-time";
import type { ReviewStatusValue } from "@/lib/claims/schema";
import type { ReportStatusValue } from "@/lib/reports/schema";
import { StatusBadge } from "./status-badge";
import { DetailList } from "./detail-list";

/** A decided request: what was decided, by whom, when, and the reason the requester was sent. */
export function DecisionSummary({
  status,
  decidedBy,
  decidedAt,
  reason,
  reasonLabel = "Reason sent to the requester",
}: {
  status: ReviewStatusValue | ReportStatusValue;
  reasonLabel?: string;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
}) {
  return (
    <section aria-labelledby="decision-heading" className="space-y-3">
      <h2 id="decision-heading" className="text-2xl font-bold">
        Decision
      </h2>
      <DetailList
        items={[
          ["Outcome", <StatusBadge key="status" status={status} />],
          ["Decided by", decidedBy ?? "An account that no longer exists"],
          ["Decided on", decidedAt ? <time dateTime={decidedAt.toISOString()}>{formatDateTime(decidedAt)}</time> : "Not recorded"],
          [reasonLabel, reason ? <span className="whitespace-pre-wrap">{reason}</span> : "No reason given"],
        ]}
      />
    </section>
  );
}
