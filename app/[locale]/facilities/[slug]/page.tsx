import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
import { FACILITY_KIND_LABELS, FACILITY_SOURCE_LABELS } from "@/lib/facilities/schema";
import { US_STATES } from "@/lib/facilities/us-states";
import { formatDate } from "@/lib/format";
import { getScore } from "@/lib/score/data";

type Props = { params: Promise<{ slug: string }> };

// One query per request, shared by the metadata and the page.
const facilityFor = cache(async (slug: string) => getFacilityBySlug(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const facility = await facilityFor((await params).slug);
  if (!facility) return { title: "Facility not found" };
  return {
    title: `${facility.name}, ${facility.city}`,
    alternates: { types: { "application/atom+xml": `/facilities/${facility.slug}/changes.atom` } },
  };
}

export default async function FacilityPage({ params }: Props) {
  const facility = await facilityFor((await params).slug);
  if (!facility) notFound();
  const version = await getCurrentVersion(facility.id);
  const disclosure = version?.content ?? null;
  const questions = questionsToAsk(disclosure);
  const score = version ? await getScore(version.id, version.content) : null;

  const details: [string, React.ReactNode][] = [
    ["Kind", FACILITY_KIND_LABELS[facility.kind]],
    [
      "Address",
      <>
        {facility.address ? <>{facility.address}, </> : null}
        {facility.city}, {US_STATES[facility.state as keyof typeof US_STATES] ?? facility.state} {facility.zip}
      </>,
    ],
    ["County", facility.county],
    ["Phone", facility.phone ? <a href={`tel:${facility.phone.replace(/[^\d+]/g, "")}`}>{facility.phone}</a> : null],
    [
      "Website",
      facility.website ? (
        <a href={facility.website} rel="noopener noreferrer">
          {facility.website}
        </a>
      ) : null,
    ],
    ["Ownership", facility.ownership],
    ["CMS Certification Number", facility.ccn],
    ["National Provider Identifier", facility.npi],
  ];

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <div className="flex flex-wrap gap-2">
          {facility.isSample ? <Badge tone="sample">Sample data — a fictional facility</Badge> : null}
          <DisclosureStatus disclosedAt={facility.disclosedAt} />
        </div>
        <h1 className="text-4xl font-bold">{facility.name}</h1>
        <p className="text-xl">
          {FACILITY_KIND_LABELS[facility.kind]} in {facility.city}, {facility.state}
        </p>
        {version ? <Provenance version={version} now={new Date()} /> : null}
        <p className="no-print flex flex-wrap gap-x-6 gap-y-1">
          {version ? <Link href={`/facilities/${facility.slug}/versions`}>Version history of this disclosure</Link> : null}
          <Link href={`/compare?f=${facility.slug}`}>Compare with other facilities</Link>
          {/* A file for feed readers, not a page: a plain link, not a prefetched route. */}
          <a href={`/facilities/${facility.slug}/changes.atom`}>Follow changes (Atom feed)</a>
          <Link href={`/facilities/${facility.slug}/report${version ? `?version=${version.number}` : ""}`}>Report an inaccuracy</Link>
        </p>
      </header>

      <ScoreCard result={score} />

      {disclosure && version ? (
        <>
          <DisclosureSummary disclosure={disclosure} />
          {questions.length ? (
            <div className="rounded-card border-l-8 border-brand bg-paper-muted p-6">
              <QuestionsToAsk
                heading="Questions to ask this facility"
                questions={questions}
                intro="The facility's disclosure does not answer these: it said they are unknown, or declined to answer them."
              />
            </div>
          ) : null}
          <DisclosureDetail disclosure={disclosure} version={version} />
        </>
      ) : (
        <div className="space-y-6 rounded-card border-l-8 border-brand bg-paper-muted p-6">
          <div className="space-y-2">
            <h2 className="text-2xl font-bold">Not yet disclosed</h2>
            <p>
              This facility has not published on ScanAware how it uses AI on patients&apos; scans. That does not mean it uses no AI — only
              that it has not said. You can ask it directly before your appointment.
            </p>
          </div>
          <QuestionsToAsk heading="Questions to ask this facility" questions={questions} />
        </div>
      )}

      <section aria-labelledby="details-heading" className="space-y-3">
        <h2 id="details-heading" className="text-2xl font-bold">
          About this facility
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
          Where this record comes from
        </h2>
        <p>
          {FACILITY_SOURCE_LABELS[facility.source]}. Added {formatDate(facility.createdAt)}, last updated {formatDate(facility.updatedAt)}.
        </p>
        {facility.locationPrecision === "ZIP_CENTROID" ? (
          <p>Distances to this facility are measured from the center of its ZIP code, so they are approximate.</p>
        ) : facility.locationPrecision === null ? (
          <p>Its location is not known, so it does not appear in searches by distance.</p>
        ) : null}
        {facility.isSample ? null : (
          <p className="no-print">
            Do you work here? <Link href={`/claim/${facility.slug}`}>Claim this facility</Link> to publish its disclosure.
          </p>
        )}
      </section>
    </article>
  );
}
