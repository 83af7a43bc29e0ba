import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ReportForm } from "@/components/reports/report-form";
import { getCurrentVersion, getVersion } from "@/lib/disclosures/data-versions";
import { parseVersionNumber } from "@/lib/disclosures/format";
import { getFacilityBySlug } from "@/lib/facilities/data";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { formStamp } from "@/lib/reports/form-stamp";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const facilityFor = cache(async (slug: string) => getFacilityBySlug(slug));

/** The facility's name in running text: a name, the same in every language. */
const named = (chunks: React.ReactNode) => <span data-facility-name>{chunks}</span>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const facility = await facilityFor((await params).slug);
  const t = await getTranslations("report");
  return { title: facility ? t("titleFor", { facility: facility.name }) : t("facilityNotFound") };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const facility = await facilityFor((await params).slug);
  if (!facility) notFound();
  const query = await searchParams;
  const t = await getTranslations("report");
  const back = <Link href={`/facilities/${facility.slug}`}>{t("back", { facility: facility.name })}</Link>;

  if (query.sent === "1") {
    return (
      <div className="space-y-6">
        <div role="status" className="space-y-3 rounded-card border-l-8 border-brand bg-paper-muted p-6">
          <h1 className="text-4xl font-bold">{t("sent.title")}</h1>
          <p>{t.rich("sent.text", { facility: facility.name, named })}</p>
        </div>
        <p>{back}</p>
      </div>
    );
  }

  // The version the visitor was reading, if the link named one; otherwise the one shown now.
  const asked = parseVersionNumber(query.version);
  const version = (asked ? await getVersion(facility.id, asked) : null) ?? (await getCurrentVersion(facility.id));
  const locale = await getLocale();

  return (
    <div className="space-y-6">
      <p className="no-print">{back}</p>
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      <div className="max-w-3xl space-y-3">
        <p className="text-xl">{t.rich("intro", { facility: facility.name, city: facility.city, named })}</p>
        <p>
          {version ? t("onVersion", { number: version.number, date: formatDate(version.publishedAt, locale) }) : t("noVersion")}{" "}
          {t("checked")}
        </p>
      </div>
      <ReportForm facilityId={facility.id} versionNumber={version?.number ?? null} stamp={formStamp()} />
    </div>
  );
}
