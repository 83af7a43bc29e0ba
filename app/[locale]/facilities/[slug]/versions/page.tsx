import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { HiddenReason } from "@/components/disclosures/disclosure-detail";
import { FacilityWords } from "@/components/disclosures/facility-words";
import { FetchDisclosureForm } from "@/components/disclosures/fetch-form";
import { HideVersionForm } from "@/components/disclosures/hide-version-form";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { inputClass } from "@/components/ui/field";
import { isModerator } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { listVersions, type VersionSummary } from "@/lib/disclosures/data-versions";
import { getFacilityBySlug } from "@/lib/facilities/data";
import { formatDate } from "@/lib/format";
import { localizedPath } from "@/lib/i18n/locale-path";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ slug: string }> };

const facilityFor = cache(getFacilityBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const facility = await facilityFor((await params).slug);
  const t = await getTranslations("facility");
  return { title: facility ? t("history.title", { name: facility.name }) : t("notFound") };
}

/** Two lists of the versions that can be shown, newest first, to choose a pair (GET, no JavaScript). */
async function CompareForm({ slug, versions }: { slug: string; versions: VersionSummary[] }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("facility.history")]);
  const choices = [
    { name: "from", label: t("older"), initial: versions[1]!.number },
    { name: "to", label: t("newer"), initial: versions[0]!.number },
  ];
  return (
    <form
      action={localizedPath(`/facilities/${slug}/versions/compare`, locale)}
      method="get"
      aria-labelledby="compare-heading"
      className="no-print flex flex-wrap items-end gap-5 rounded-card border border-line bg-paper-muted p-5"
    >
      {choices.map(({ name, label, initial }) => (
        <div key={name} className="flex flex-col gap-1">
          <label htmlFor={`compare-${name}`} className="font-semibold">
            {label}
          </label>
          <select id={`compare-${name}`} name={name} defaultValue={initial} className={inputClass}>
            {versions.map((version) => (
              <option key={version.number} value={version.number}>
                {t("option", { number: version.number, date: formatDate(version.publishedAt, locale) })}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="rounded-card bg-brand px-6 py-2.5 text-lg font-bold text-paper hover:bg-brand-dark">
        {t("compare")}
      </button>
    </form>
  );
}

export default async function VersionHistoryPage({ params }: Props) {
  const facility = await facilityFor((await params).slug);
  if (!facility) notFound();
  const [versions, moderator, locale, t] = await Promise.all([
    listVersions(facility.id),
    getActor().then(isModerator),
    getLocale(),
    getTranslations("facility"),
  ]);
  const shown = versions.filter((version) => !version.hiddenAt);
  const current = shown[0]?.number;
  const base = `/facilities/${facility.slug}`;

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <p className="no-print">
          <Link href={base}>{t("backTo", { name: facility.name })}</Link>
        </p>
        <h1 className="text-4xl font-bold">{t("history.heading")}</h1>
        <p className="text-xl">
          {t.rich("history.intro", { name: facility.name, facility: (name) => <span data-facility-name>{name}</span> })}
        </p>
      </header>

      {versions.length ? (
        <DataTable
          caption={t("history.caption")}
          columns={(["version", "published", "kind", "attestedBy", "content"] as const).map((column) => t(`history.columns.${column}`))}
        >
          {versions.map((version) => (
            <tr key={version.number} className="border-b border-line align-top">
              <th scope="row" className="py-3 pr-4">
                {version.number} {version.number === current ? <Badge tone="info">{t("history.current")}</Badge> : null}
              </th>
              <td className="py-3 pr-4">{formatDate(version.publishedAt, locale)}</td>
              <td className="py-3 pr-4">{t(`history.kind.${version.kind}`)}</td>
              <td className="py-3 pr-4">
                <FacilityWords>
                  {version.attesterName}, {version.attesterTitle}
                </FacilityWords>
              </td>
              <td className="py-3">
                {version.hiddenAt ? (
                  <HiddenReason reason={version.hiddenReason} />
                ) : (
                  <>
                    <Link href={`${base}/versions/${version.number}`}>{t("history.read", { number: version.number })}</Link>
                    {moderator ? <HideVersionForm id={version.id} number={version.number} /> : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p>{t("history.none")}</p>
      )}

      {versions.length ? (
        <section aria-labelledby="compare-heading" className="space-y-3">
          <h2 id="compare-heading" className="text-2xl font-bold">
            {t("history.compareHeading")}
          </h2>
          {shown.length >= 2 ? <CompareForm slug={facility.slug} versions={shown} /> : <p>{t("history.onlyOne")}</p>}
          {shown.length < versions.length ? <p>{t("history.hiddenNotCompared")}</p> : null}
        </section>
      ) : null}

      {moderator ? <FetchDisclosureForm facilityId={facility.id} website={facility.website} /> : null}
    </div>
  );
}
