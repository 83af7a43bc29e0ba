import { Badge } from "@/components/ui/badge";
import { REVIEW_STATUS_LABELS, type ReviewStatusValue } from "@/lib/claims/schema";

/** The state of a claim or a new-facility request, in words. */
export function StatusBadge({ status }: { status: ReviewStatusValue }) {
  return <Badge tone={status === "PENDING" ? "info" : "neutral"}>{REVIEW_STATUS_LABELS[status]}</Badge>;
}
