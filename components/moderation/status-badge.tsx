import { Badge } from "@/components/ui/badge";
import { REVIEW_STATUS_LABELS, type ReviewStatusValue } from "@/lib/claims/schema";
import { REPORT_STATUS_LABELS, type ReportStatusValue } from "@/lib/reports/schema";

const LABELS: Record<ReviewStatusValue | ReportStatusValue, string> = { ...REVIEW_STATUS_LABELS, ...REPORT_STATUS_LABELS };

/** The state of a claim, a new-facility request or a report of an inaccuracy, in words. */
export function StatusBadge({ status }: { status: ReviewStatusValue | ReportStatusValue }) {
  return <Badge tone={status === "PENDING" || status === "OPEN" ? "info" : "neutral"}>{LABELS[status]}</Badge>;
}
