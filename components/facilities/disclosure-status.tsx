import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";

export function DisclosureStatus({ disclosedAt }: { disclosedAt: Date | null }) {
  return disclosedAt ? <Badge tone="info">Disclosed {formatDate(disclosedAt)}</Badge> : <Badge>Not yet disclosed</Badge>;
}
