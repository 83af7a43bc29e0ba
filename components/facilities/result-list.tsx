import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { MAX_COMPARED, MIN_COMPARED } from "@/lib/compare/selection";
import type { FacilitySummary } from "@/lib/facilities/data";
import { formatDate, formatDistance, SHORTEST_DISTANCE } from "@/lib/format";
import { localizedPath } from "@/lib/i18n/locale-path";
import { Link } from "@/lib/i18n/navigation";
import { DisclosureStatus } from "./disclosure-status";

export async function ResultList({ facilities, unit }: { facilities: FacilitySummary[]; unit: "mi" | "km" }) {
  const [t, tCommon, locale] = await Promise.all([getTranslations("search"), getTranslations("common"), getLocale()]);
  const away = (distance: number) =>
    distance < SHORTEST_DISTANCE
      ? t("results.awayLessThan", { distance: formatDistance(SHORTEST_DISTANCE, unit, locale) })
      : t("results.away", { distance: formatDistance(distance, unit, locale) });

  // A plain GET form to /compare: the ticked boxes become its address, with or without JavaScript.
  return (
    <form action={localizedPath("/compare", locale)} method="get" aria-label={t("compare.label")} className="space-y-4">
      <ol aria-label={t("results.list")} className="divide-y divide-line border-y border-line">
        {facilities.map((facility) => (
          <li key={facility.id} className="flex flex-col gap-2 py-4 sm:flex-row sm:items-start sm:justify-between">
            <div className="space-y-1">
              <h3 className="text-xl font-bold">
                <Link href={`/facilities/${facility.slug}`} prefetch={false}>
                  {facility.name}
                </Link>
              </h3>
              <p className="text-base">
                {tCommon(`kind.${facility.kind}`)} · {facility.city}, {facility.state}
                {facility.distance !== null ? ` · ${away(facility.distance)}` : null}
              </p>
              <p className="text-sm text-ink-muted">{t("results.updated", { date: formatDate(facility.updatedAt, locale) })}</p>
            </div>
            <div className="flex flex-wrap gap-2 sm:justify-end">
              {facility.isSample ? <Badge tone="sample">{t("results.sample")}</Badge> : null}
              <DisclosureStatus disclosedAt={facility.disclosedAt} />
              {facility.score !== null ? <Badge tone="info">{t("results.score", { score: facility.score })}</Badge> : null}
            </div>
            <label className="no-print flex items-center gap-2 text-base sm:self-center">
              <input type="checkbox" name="f" value={facility.slug} className="size-5" />
              {t("results.compare")}
              <span className="sr-only" data-facility-name>
                {" "}
                {facility.name}
              </span>
            </label>
          </li>
        ))}
      </ol>
      <div className="no-print flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass("secondary")}>
          {t("compare.submit")}
        </button>
        <p className="text-base">{t("compare.hint", { min: MIN_COMPARED, max: MAX_COMPARED })}</p>
      </div>
    </form>
  );
}
