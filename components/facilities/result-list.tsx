import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { MAX_COMPARED, MIN_COMPARED } from "@/lib/compare/selection";
import type { FacilitySummary } from "@/lib/facilities/data";
import { FACILITY_KIND_LABELS } from "@/lib/facilities/schema";
import { formatDate, formatDistance } from "@/lib/format";
import { DisclosureStatus } from "./disclosure-status";

export function ResultList({ facilities, unit }: { facilities: FacilitySummary[]; unit: "mi" | "km" }) {
  // A plain GET form to /compare: the ticked boxes become its address, with or without JavaScript.
  return (
    <form action="/compare" method="get" aria-label="Compare facilities" className="space-y-4">
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
              {facility.score !== null ? <Badge tone="info">Transparency score {facility.score} out of 100</Badge> : null}
            </div>
            <label className="no-print flex items-center gap-2 text-base sm:self-center">
              <input type="checkbox" name="f" value={facility.slug} className="size-5" />
              Compare<span className="sr-only"> {facility.name}</span>
            </label>
          </li>
        ))}
      </ol>
      <div className="no-print flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass("secondary")}>
          Compare selected
        </button>
        <p className="text-base">
          Tick {MIN_COMPARED} to {MAX_COMPARED} facilities to see them side by side.
        </p>
      </div>
    </form>
  );
}
