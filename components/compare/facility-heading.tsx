import { getLocale, getTranslations } from "next-intl/server";
import { FacilityWords } from "@/components/disclosures/facility-words";
import { Badge } from "@/components/ui/badge";
import type { ComparedFacility } from "@/lib/compare/data";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { facilityName, hidden } from "./rich-tags";

/** A facility's column header: who it is, what its answers rest on, and how to take it out. */
export async function FacilityHeading({ facility, removeHref }: { facility: ComparedFacility; removeHref: string }) {
  const [t, tFacility, tCommon, tSearch, locale] = await Promise.all([
    getTranslations("compare.heading"),
    getTranslations("facility"),
    getTranslations("common"),
    getTranslations("search"),
    getLocale(),
  ]);
  const { version } = facility;
  return (
    // A width of its own, so that on a phone each column stays readable and the table scrolls instead.
    <div className="min-w-52 space-y-2 font-normal">
      <p className="text-lg font-bold">
        <Link href={`/facilities/${facility.slug}`} prefetch={false}>
          {facility.name}
        </Link>
      </p>
      {facility.isSample ? <Badge tone="sample">{tFacility("sample")}</Badge> : null}
      <p>{tFacility("kindIn", { kind: tCommon(`kind.${facility.kind}`), city: facility.city, state: facility.state })}</p>
      {version ? (
        <p className="text-sm">
          {t.rich("disclosed", {
            date: formatDate(version.publishedAt, locale),
            number: version.number,
            name: version.attesterName,
            title: version.attesterTitle,
            written: (words) => <FacilityWords>{words}</FacilityWords>,
          })}
        </p>
      ) : (
        <Badge>{tSearch("status.notDisclosed")}</Badge>
      )}
      <p className="no-print text-sm">
        <Link href={removeHref}>{t.rich("remove", { name: facility.name, hidden, facility: facilityName })}</Link>
      </p>
    </div>
  );
}
