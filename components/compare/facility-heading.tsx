import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ComparedFacility } from "@/lib/compare/data";
import { FACILITY_KIND_LABELS } from "@/lib/facilities/schema";
import { formatDate } from "@/lib/format";

/** A facility's column header: who it is, what its answers rest on, and how to take it out. */
export function FacilityHeading({ facility, removeHref }: { facility: ComparedFacility; removeHref: string }) {
  const { version } = facility;
  return (
    // A width of its own, so that on a phone each column stays readable and the table scrolls instead.
    <div className="min-w-52 space-y-2 font-normal">
      <p className="text-lg font-bold">
        <Link href={`/facilities/${facility.slug}`} prefetch={false}>
          {facility.name}
        </Link>
      </p>
      {facility.isSample ? <Badge tone="sample">Sample data — a fictional facility</Badge> : null}
      <p>
        {FACILITY_KIND_LABELS[facility.kind]} in {facility.city}, {facility.state}
      </p>
      {version ? (
        <p className="text-sm">
          Disclosed {formatDate(version.publishedAt)} (version {version.number}), attested by {version.attesterName},{" "}
          {version.attesterTitle}
        </p>
      ) : (
        <Badge>Not yet disclosed</Badge>
      )}
      <p className="no-print text-sm">
        <Link href={removeHref}>
          Remove<span className="sr-only"> {facility.name} from the comparison</span>
        </Link>
      </p>
    </div>
  );
}
