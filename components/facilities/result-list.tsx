import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { FacilitySummary } from "@/lib/facilities/data";
import { FACILITY_KIND_LABELS } from "@/lib/facilities/schema";
import { formatDate, formatDistance } from "@/lib/format";
import { DisclosureStatus } from "./disclosure-status";

export function ResultList({ facilities, unit }: { facilities: FacilitySummary[]; unit: "mi" | "km" }) {
  return (
    <ol className="divide-y divide-line border-y border-line">
      {facilities.map((facility) => (
        <li key={facility.id} className="flex flex-col gap-2 py-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="space-y-1">
            <h3 className="text-xl font-bold">
              <Link href={`/facilities/${facility.slug}`} prefetch={false}>
                {facility.name}
              </Link>
            </h3>
            <p className="text-base">
              {FACILITY_KIND_LABELS[facility.kind]} · {facility.city}, {facility.state}
              {facility.distance !== null ? ` · ${formatDistance(facility.distance, unit)} away` : null}
            </p>
            <p className="text-sm text-ink-muted">Record updated {formatDate(facility.updatedAt)}</p>
          </div>
          <div className="flex flex-wrap gap-2 sm:justify-end">
            {facility.isSample ? <Badge tone="sample">Sample data</Badge> : null}
            <DisclosureStatus disclosedAt={facility.disclosedAt} />
          </div>
        </li>
      ))}
    </ol>
  );
}
