import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getVersion, type PublishedVersion } from "@/lib/disclosures/data-versions";
import { diffDisclosures, groupChanges, type Change } from "@/lib/disclosures/diff";
import { hiddenWords, parseVersionNumber } from "@/lib/disclosures/format";
import type { Disclosure } from "@/lib/disclosures/schema";
import { getFacilityBySlug } from "@/lib/facilities/data";
import { formatDate } from "@/lib/format";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const facilityFor = cache(getFacilityBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const facility = await facilityFor((await params).slug);
  return { title: facility ? `Compare versions: ${facility.name}` : "Facility not found" };
}

type Shown = PublishedVersion & { content: Disclosure };
type Comparison = { ok: true; older: Shown; newer: Shown } | { ok: false; problem: string };

function shownOrProblem(version: PublishedVersion | null, number: number): Shown | string {
  if (!version) return `There is no version ${number} of this disclosure.`;
  if (!version.content) return `Version ${number} cannot be compared. ${hiddenWords(version.hiddenReason)}`;
  return { ...version, content: version.content };
}

/** The two versions to compare, older first, or why they cannot be: never an error page for a bad address. */
async function readComparison(
  facilityId: string,
  rawFrom: string | string[] | undefined,
  rawTo: string | string[] | undefined,
): Promise<Comparison> {
  const from = parseVersionNumber(rawFrom);
  const to = parseVersionNumber(rawTo);
  if (from === null || to === null) return { ok: false, problem: "Choose two versions to compare, by their numbers." };
  if (from === to) return { ok: false, problem: "Choose two different versions to compare." };
  const [low, high] = [Math.min(from, to), Math.max(from, to)];
  const [older, newer] = await Promise.all([getVersion(facilityId, low), getVersion(facilityId, high)]);
  const shownOlder = shownOrProblem(older, low);
  const shownNewer = shownOrProblem(newer, high);
  if (typeof shownOlder === "string") return { ok: false, problem: shownOlder };
  if (typeof shownNewer === "string") return { ok: false, problem: shownNewer };
  return { ok: true, older: shownOlder, newer: shownNewer };
}

function ChangeItem({ change }: { change: Change }) {
  return (
    <li className="space-y-1 border-b border-line py-4 break-inside-avoid">
      <p className="font-semibold">{change.path}</p>
      {change.kind === "added" ? (
        <p>
          Added: <ins className="no-underline">{change.after}</ins>
        </p>
      ) : change.kind === "removed" ? (
        <p>
          Removed: <del className="no-underline">{change.before}</del>
        </p>
      ) : (
        <>
          <p>
            Before: <del className="no-underline">{change.before}</del>
          </p>
          <p>
            Now: <ins className="no-underline">{change.after}</ins>
          </p>
        </>
      )}
    </li>
  );
}

const describe = (version: PublishedVersion) => `version ${version.number} (${formatDate(version.publishedAt)})`;

export default async function CompareVersionsPage({ params, searchParams }: Props) {
  const facility = await facilityFor((await params).slug);
  if (!facility) notFound();
  const query = await searchParams;
  const comparison = await readComparison(facility.id, query.from, query.to);
  const history = `/facilities/${facility.slug}/versions`;
  const changes = comparison.ok ? diffDisclosures(comparison.older.content, comparison.newer.content) : [];

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <nav aria-label="Back" className="no-print flex flex-wrap gap-x-6">
          <Link href={`/facilities/${facility.slug}`}>Back to {facility.name}</Link>
          <Link href={history}>All versions</Link>
        </nav>
        <h1 className="text-4xl font-bold">What changed in the disclosure</h1>
        <p className="text-xl">{facility.name}</p>
      </header>

      {comparison.ok ? (
        <>
          <p className="text-xl">
            From {describe(comparison.older)} to {describe(comparison.newer)}:{" "}
            <strong>{changes.length ? `${changes.length} ${changes.length === 1 ? "change" : "changes"}` : "No differences"}</strong>.
          </p>
          {groupChanges(changes).map(({ section, changes: inSection }, index) => (
            <section key={section} aria-labelledby={`changes-${index}`} className="space-y-2">
              <h2 id={`changes-${index}`} className="text-2xl font-bold">
                {section} ({inSection.length})
              </h2>
              <ul>
                {inSection.map((change) => (
                  <ChangeItem key={`${change.kind} ${change.path}`} change={change} />
                ))}
              </ul>
            </section>
          ))}
        </>
      ) : (
        <div role="alert" className="space-y-2 rounded-card border-l-8 border-error bg-paper-muted p-5">
          <p className="font-bold">{comparison.problem}</p>
          <p>
            <Link href={history}>Choose two versions from the version history</Link>.
          </p>
        </div>
      )}
    </article>
  );
}
