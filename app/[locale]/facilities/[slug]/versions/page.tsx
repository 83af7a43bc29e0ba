import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FetchDisclosureForm } from "@/components/disclosures/fetch-form";
import { HideVersionForm } from "@/components/disclosures/hide-version-form";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { inputClass } from "@/components/ui/field";
import { isModerator } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { listVersions, type VersionSummary } from "@/lib/disclosures/data-versions";
import { hiddenWords, VERSION_KIND_LABELS } from "@/lib/disclosures/format";
import { getFacilityBySlug } from "@/lib/facilities/data";
import { formatDate } from "@/lib/format";

type Props = { params: Promise<{ slug: string }> };

const facilityFor = cache(getFacilityBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const facility = await facilityFor((await params).slug);
  return { title: facility ? `Version history: ${facility.name}` : "Facility not found" };
}

/** Two lists of the versions that can be shown, newest first, to choose a pair (GET, no JavaScript). */
function CompareForm({ slug, versions }: { slug: string; versions: VersionSummary[] }) {
  const choices = [
    { name: "from", label: "Older version", initial: versions[1]!.number },
    { name: "to", label: "Newer version", initial: versions[0]!.number },
  ];
  return (
    <form
      action={`/facilities/${slug}/versions/compare`}
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
                Version {version.number}, {formatDate(version.publishedAt)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="rounded-card bg-brand px-6 py-2.5 text-lg font-bold text-paper hover:bg-brand-dark">
        Compare
      </button>
    </form>
  );
}

export default async function VersionHistoryPage({ params }: Props) {
  const facility = await facilityFor((await params).slug);
  if (!facility) notFound();
  const [versions, moderator] = await Promise.all([listVersions(facility.id), getActor().then(isModerator)]);
  const shown = versions.filter((version) => !version.hiddenAt);
  const current = shown[0]?.number;
  const base = `/facilities/${facility.slug}`;

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <p className="no-print">
          <Link href={base}>Back to {facility.name}</Link>
        </p>
        <h1 className="text-4xl font-bold">Version history</h1>
        <p className="text-xl">
          Every version of the disclosure {facility.name} has published on ScanAware. A version is never changed once published: a new one
          replaces it, and the old one stays here.
        </p>
      </header>

      {versions.length ? (
        <DataTable caption="Published versions, newest first" columns={["Version", "Published", "Kind", "Attested by", "Content"]}>
          {versions.map((version) => (
            <tr key={version.number} className="border-b border-line align-top">
              <th scope="row" className="py-3 pr-4">
                {version.number} {version.number === current ? <Badge tone="info">Current</Badge> : null}
              </th>
              <td className="py-3 pr-4">{formatDate(version.publishedAt)}</td>
              <td className="py-3 pr-4">{VERSION_KIND_LABELS[version.kind]}</td>
              <td className="py-3 pr-4">
                {version.attesterName}, {version.attesterTitle}
              </td>
              <td className="py-3">
                {version.hiddenAt ? (
                  hiddenWords(version.hiddenReason)
                ) : (
                  <>
                    <Link href={`${base}/versions/${version.number}`}>Read version {version.number}</Link>
                    {moderator ? <HideVersionForm id={version.id} number={version.number} /> : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p>This facility has not published a disclosure yet.</p>
      )}

      {versions.length ? (
        <section aria-labelledby="compare-heading" className="space-y-3">
          <h2 id="compare-heading" className="text-2xl font-bold">
            Compare two versions
          </h2>
          {shown.length >= 2 ? (
            <CompareForm slug={facility.slug} versions={shown} />
          ) : (
            <p>There is only one version that can be shown, so there is nothing to compare yet.</p>
          )}
          {shown.length < versions.length ? <p>Versions hidden by a moderator cannot be compared.</p> : null}
        </section>
      ) : null}

      {moderator ? <FetchDisclosureForm facilityId={facility.id} website={facility.website} /> : null}
    </div>
  );
}
