import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { DisclosureDetail, HiddenReason, Provenance } from "@/components/disclosures/disclosure-detail";
import { DisclosureSummary } from "@/components/disclosures/disclosure-summary";
import { getVersion, listVersions } from "@/lib/disclosures/data-versions";
import { parseVersionNumber } from "@/lib/disclosures/format";
import { getFacilityBySlug } from "@/lib/facilities/data";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ slug: string; number: string }> };

// One query each per request, shared by the metadata and the page; a number that cannot be a
// version is simply not found.
const load = cache(async (slug: string, rawNumber: string) => {
  const facility = await getFacilityBySlug(slug);
  const number = parseVersionNumber(rawNumber);
  if (!facility || number === null) return null;
  const version = await getVersion(facility.id, number);
  return version ? { facility, version } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, number } = await params;
  const loaded = await load(slug, number);
  const t = await getTranslations("facility.version");
  return { title: loaded ? t("title", { number: loaded.version.number, name: loaded.facility.name }) : t("notFound") };
}

export default async function VersionPage({ params }: Props) {
  const { slug, number } = await params;
  const loaded = await load(slug, number);
  if (!loaded) notFound();
  const { facility, version } = loaded;
  const [versions, locale, t] = await Promise.all([listVersions(facility.id), getLocale(), getTranslations("facility")]);
  const current = versions.find((summary) => !summary.hiddenAt);
  const base = `/facilities/${facility.slug}`;

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <nav aria-label={t("back")} className="no-print flex flex-wrap gap-x-6">
          <Link href={base}>{t("backTo", { name: facility.name })}</Link>
          <Link href={`${base}/versions`}>{t("allVersions")}</Link>
        </nav>
        <h1 className="text-4xl font-bold">
          {t("version.heading", { number: version.number, date: formatDate(version.publishedAt, locale) })}
        </h1>
        <p className="text-xl">
          {t.rich(`version.${version.kind}`, { name: facility.name, facility: (name) => <span data-facility-name>{name}</span> })}
        </p>
        {version.content ? (
          <Provenance version={version} now={new Date()} />
        ) : (
          <p className="rounded-card border-l-8 border-ink bg-paper-muted p-5 font-semibold">
            <HiddenReason reason={version.hiddenReason} />
          </p>
        )}
        {version.content ? (
          <p className="no-print">
            <Link href={`${base}/report?version=${version.number}`}>{t("version.report")}</Link>
          </p>
        ) : null}
        {version.content && current && current.number !== version.number ? (
          <div className="space-y-2 rounded-card border-l-8 border-brand bg-paper-muted p-5">
            <p className="font-bold">{t("version.notCurrent")}</p>
            <p className="no-print">
              {t.rich("version.readCurrent", {
                current: current.number,
                number: version.number,
                latest: (words) => <Link href={base}>{words}</Link>,
                changes: (words) => <Link href={`${base}/versions/compare?from=${version.number}&to=${current.number}`}>{words}</Link>,
              })}
            </p>
          </div>
        ) : null}
      </header>

      {version.content ? (
        <>
          <DisclosureSummary disclosure={version.content} />
          <DisclosureDetail disclosure={version.content} version={version} />
        </>
      ) : null}
    </article>
  );
}
