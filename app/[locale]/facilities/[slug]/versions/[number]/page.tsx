import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DisclosureDetail, Provenance } from "@/components/disclosures/disclosure-detail";
import { DisclosureSummary } from "@/components/disclosures/disclosure-summary";
import { getVersion, listVersions } from "@/lib/disclosures/data-versions";
import { hiddenWords, parseVersionNumber } from "@/lib/disclosures/format";
import { getFacilityBySlug } from "@/lib/facilities/data";
import { formatDate } from "@/lib/format";

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
  return { title: loaded ? `Version ${loaded.version.number}: ${loaded.facility.name}` : "Version not found" };
}

export default async function VersionPage({ params }: Props) {
  const { slug, number } = await params;
  const loaded = await load(slug, number);
  if (!loaded) notFound();
  const { facility, version } = loaded;
  const current = (await listVersions(facility.id)).find((summary) => !summary.hiddenAt);
  const base = `/facilities/${facility.slug}`;

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <nav aria-label="Back" className="no-print flex flex-wrap gap-x-6">
          <Link href={base}>Back to {facility.name}</Link>
          <Link href={`${base}/versions`}>All versions</Link>
        </nav>
        <h1 className="text-4xl font-bold">
          Version {version.number} of {formatDate(version.publishedAt)}
        </h1>
        <p className="text-xl">
          {version.kind === "CORRECTION" ? "A correction of" : "A version of"} the disclosure of {facility.name}.
        </p>
        {version.content ? (
          <Provenance version={version} now={new Date()} />
        ) : (
          <p className="rounded-card border-l-8 border-ink bg-paper-muted p-5 font-semibold">{hiddenWords(version.hiddenReason)}</p>
        )}
        {version.content ? (
          <p className="no-print">
            <Link href={`${base}/report?version=${version.number}`}>Report an inaccuracy in this version</Link>
          </p>
        ) : null}
        {version.content && current && current.number !== version.number ? (
          <div className="space-y-2 rounded-card border-l-8 border-brand bg-paper-muted p-5">
            <p className="font-bold">This is not the current version.</p>
            <p className="no-print">
              <Link href={base}>Read the current version ({current.number})</Link> or{" "}
              <Link href={`${base}/versions/compare?from=${version.number}&to=${current.number}`}>
                see what changed since version {version.number}
              </Link>
              .
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
