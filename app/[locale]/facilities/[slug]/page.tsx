import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { DisclosureDetail, Provenance } from "@/components/disclosures/disclosure-detail";
import { DisclosureSummary } from "@/components/disclosures/disclosure-summary";
import { DisclosureStatus } from "@/components/facilities/disclosure-status";
import { QuestionsToAsk } from "@/components/facilities/questions-to-ask";
import { ScoreCard } from "@/components/score/score-card";
import { Badge } from "@/components/ui/badge";
import { getCurrentVersion } from "@/lib/disclosures/data-versions";
import { questionsToAsk } from "@/lib/disclosures/questions";
import { getFacilityBySlug } from "@/lib/facilities/data";
import { stateNames, type UsState } from "@/lib/facilities/us-states";
import { formatDate } from "@/lib/format";
import { languageAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { getScore } from "@/lib/score/data";

type Props = { params: Promise<{ slug: string }> };

// One query per request, shared by the metadata and the page.
const facilityFor = cache(async (slug: string) => getFacilityBySlug(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const facility = await facilityFor((await params).slug);
  if (!facility) return { title: (await getTranslations("facility"))("notFound") };
  const path = `/facilities/${facility.slug}`;
  return {
    title: `${facility.name}, ${facility.city}`,
    alternates: { ...languageAlternates(path), types: { "application/atom+xml": `${path}/changes.atom` } },
  };
}

export default async function FacilityPage({ params }: Props) {
  const facility = await facilityFor((await params).slug);
  if (!facility) notFound();
  const [locale, t, common] = await Promise.all([getLocale(), getTranslations("facility"), getTranslations("common")]);
  const version = await getCurrentVersion(facility.id);
  const disclosure = version?.content ?? null;
  const questions = questionsToAsk(disclosure, locale);
  const score = version ? await getScore(version.id, version.content) : null;
  const kind = common(`kind.${facility.kind}`);
  // Pages for facility staff and the feed are in English; Spanish readers are told before they follow.
  const english = locale === "en" ? null : <> {common("englishOnly")}</>;

  const details: [string, React.ReactNode][] = [
    [t("about.kind"), kind],
    [
      t("about.address"),
      <>
        {facility.address ? <>{facility.address}, </> : null}
        {facility.city}, {stateNames(locale)[facility.state as UsState] ?? facility.state} {facility.zip}
      </>,
    ],
    [t("about.county"), facility.county],
    [t("about.phone"), facility.phone ? <a href={`tel:${facility.phone.replace(/[^\d+]/g, "")}`}>{facility.phone}</a> : null],
    [
      t("about.website"),
      facility.website ? (
        <a href={facility.website} rel="noopener noreferrer">
          {facility.website}
        </a>
      ) : null,
    ],
    // CMS's own wording of the ownership, which has no official translation.
    [t("about.ownership"), facility.ownership ? <span lang="en">{facility.ownership}</span> : null],
    [t("about.ccn"), facility.ccn],
    [t("about.npi"), facility.npi],
  ];

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <div className="flex flex-wrap gap-2">
          {facility.isSample ? <Badge tone="sample">{t("sample")}</Badge> : null}
          <DisclosureStatus disclosedAt={facility.disclosedAt} />
        </div>
        <h1 className="text-4xl font-bold">{facility.name}</h1>
        <p className="text-xl">{t("kindIn", { kind, city: facility.city, state: facility.state })}</p>
        {version ? <Provenance version={version} now={new Date()} /> : null}
        <p className="no-print flex flex-wrap gap-x-6 gap-y-1">
          {version ? <Link href={`/facilities/${facility.slug}/versions`}>{t("links.history")}</Link> : null}
          <Link href={`/compare?f=${facility.slug}`}>{t("links.compare")}</Link>
          {/* A file for feed readers, not a page: a plain link, not a prefetched route. */}
          <span>
            <a href={`/facilities/${facility.slug}/changes.atom`} hrefLang="en">
              {t("links.feed")}
            </a>
            {english}
          </span>
          <Link href={`/facilities/${facility.slug}/report${version ? `?version=${version.number}` : ""}`}>{t("links.report")}</Link>
        </p>
      </header>

      <ScoreCard result={score} disclosure={disclosure} />

      {disclosure && version ? (
        <>
          <DisclosureSummary disclosure={disclosure} />
          {questions.length ? (
            <div className="rounded-card border-l-8 border-brand bg-paper-muted p-6">
              <QuestionsToAsk
                heading={t("questions.heading")}
                questions={questions}
                intro={t("questions.intro")}
                tools={disclosure.aiTools.map((tool) => tool.productName)}
              />
            </div>
          ) : null}
          <DisclosureDetail disclosure={disclosure} version={version} />
        </>
      ) : (
        <div className="space-y-6 rounded-card border-l-8 border-brand bg-paper-muted p-6">
          <div className="space-y-2">
            <h2 className="text-2xl font-bold">{t("notDisclosed.heading")}</h2>
            <p>{t("notDisclosed.text")}</p>
          </div>
          <QuestionsToAsk heading={t("questions.heading")} questions={questions} />
        </div>
      )}

      <section aria-labelledby="details-heading" className="space-y-3">
        <h2 id="details-heading" className="text-2xl font-bold">
          {t("about.heading")}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
          {details
            .filter(([, value]) => value)
            .map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="font-semibold">{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      </section>

      <section aria-labelledby="source-heading" className="space-y-2 text-base">
        <h2 id="source-heading" className="text-xl font-bold">
          {t("record.heading")}
        </h2>
        <p>
          {t("record.dates", {
            source: common(`source.${facility.source}`),
            added: formatDate(facility.createdAt, locale),
            updated: formatDate(facility.updatedAt, locale),
          })}
        </p>
        {facility.locationPrecision === "ZIP_CENTROID" ? (
          <p>{t("record.zipCentroid")}</p>
        ) : facility.locationPrecision === null ? (
          <p>{t("record.noLocation")}</p>
        ) : null}
        {facility.isSample ? null : (
          <p className="no-print">
            {t.rich("record.claim", {
              link: (words) => (
                <>
                  <NextLink href={`/claim/${facility.slug}`} hrefLang="en">
                    {words}
                  </NextLink>
                  {english}
                </>
              ),
            })}
          </p>
        )}
      </section>
    </article>
  );
}
