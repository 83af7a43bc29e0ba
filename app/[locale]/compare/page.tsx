import type { Metadata } from "next";
import Link from "next/link";
import { AddFacility } from "@/components/compare/add-facility";
import { NotDisclosed } from "@/components/compare/compare-cell";
import { CompareTable, DiffersMark } from "@/components/compare/compare-table";
import { getComparedFacilities, type ComparedFacility } from "@/lib/compare/data";
import { compareSections, countRows, differencesOnly } from "@/lib/compare/model";
import { compareHref, MAX_COMPARED, MIN_COMPARED, readSelection, splitAtLimit, type Selection } from "@/lib/compare/selection";

export const metadata: Metadata = {
  title: "Compare facilities",
  description: "See 2 to 4 imaging facilities side by side: whether they use AI on scans, where it runs, and what happens to your images.",
};

type RawParams = Record<string, string | string[] | undefined>;

/** What in the address could not be used, by name, so a patient can put it right. */
function SelectionProblems({
  selection,
  unknown,
  extra,
  kept,
}: {
  selection: Selection;
  unknown: string[];
  extra: ComparedFacility[];
  kept: string[];
}) {
  const notFound = [...selection.malformed, ...unknown];
  if (!notFound.length && !extra.length) return null;
  return (
    <div role="alert" className="space-y-2 rounded-card border-l-8 border-error bg-paper-muted p-5">
      <h2 className="text-xl font-bold">Some of the facilities asked for are not shown</h2>
      <ul className="list-disc space-y-1 pl-6">
        {extra.length ? (
          <li>
            You can compare up to {MAX_COMPARED} facilities at a time. Left out: {extra.map((facility) => facility.name).join(", ")}.
          </li>
        ) : null}
        {notFound.length ? (
          <li>
            We could not find {notFound.length === 1 ? "this facility" : "these facilities"}: {notFound.join(", ")}.
          </li>
        ) : null}
      </ul>
      {kept.length ? (
        <p>
          <Link href={compareHref(kept, { onlyDifferences: selection.onlyDifferences })}>Keep only the facilities shown</Link>
        </p>
      ) : null}
    </div>
  );
}

function HowToChoose({ chosen, removeHref }: { chosen: ComparedFacility[]; removeHref: (slug: string) => string }) {
  return (
    <section aria-labelledby="choose-heading" className="space-y-3">
      <h2 id="choose-heading" className="text-2xl font-bold">
        Choose {MIN_COMPARED} to {MAX_COMPARED} facilities
      </h2>
      <p>
        See side by side whether each facility uses AI on scans, where it runs, and what happens to your images. You can choose facilities:
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          in the <Link href="/facilities">search results</Link>: tick “Compare” next to each, then press “Compare selected”;
        </li>
        <li>from a facility&apos;s page: follow “Compare with other facilities”;</li>
        <li>or here: search below and press “Add”.</li>
      </ul>
      {chosen.length ? (
        <p>
          Chosen so far:{" "}
          {chosen.map((facility) => (
            <span key={facility.slug}>
              <strong>{facility.name}</strong> (
              <Link href={removeHref(facility.slug)}>
                remove<span className="sr-only"> {facility.name}</span>
              </Link>
              )
            </span>
          ))}
          . Add at least one more.
        </p>
      ) : null}
    </section>
  );
}

function Comparison({ facilities, onlyDifferences }: { facilities: ComparedFacility[]; onlyDifferences: boolean }) {
  const slugs = facilities.map((facility) => facility.slug);
  const all = compareSections(facilities.map((facility) => facility.disclosure));
  const differing = differencesOnly(all);
  const shown = onlyDifferences ? differing : all;
  const removeHref = (slug: string) =>
    compareHref(
      slugs.filter((other) => other !== slug),
      { onlyDifferences },
    );
  return (
    <section aria-labelledby="comparison-heading" className="space-y-4">
      <h2 id="comparison-heading" className="text-2xl font-bold">
        Their answers differ on {countRows(differing)} of {countRows(all)} questions
      </h2>
      <dl className="grid items-center gap-x-4 gap-y-2 text-base sm:grid-cols-[max-content_1fr]">
        <dt>
          <DiffersMark />
        </dt>
        <dd>The facilities do not all give the same answer to this question.</dd>
        <dt>
          <NotDisclosed />
        </dt>
        <dd>The facility has not published how it uses AI. That does not mean “no”: you can ask it directly.</dd>
      </dl>
      <p className="no-print">
        {onlyDifferences ? (
          <Link href={compareHref(slugs)}>Show every question</Link>
        ) : (
          <Link href={compareHref(slugs, { onlyDifferences: true })}>Show only the questions where they differ</Link>
        )}
      </p>
      {shown.length ? (
        <CompareTable facilities={facilities} sections={shown} removeHref={removeHref} />
      ) : (
        <p className="rounded-card border border-line p-5">These facilities give the same answer to every question.</p>
      )}
    </section>
  );
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const selection = readSelection(raw);
  const found = selection.slugs.length ? await getComparedFacilities(selection.slugs) : { facilities: [], unknown: [] };
  const { shown: facilities, extra } = splitAtLimit(found.facilities);
  const slugs = facilities.map((facility) => facility.slug);
  const query = [raw.q].flat()[0];

  return (
    <div className="space-y-8">
      {/* Columns side by side need the width of a landscape page. */}
      <style>{"@media print { @page { size: landscape; } }"}</style>
      <h1 className="text-4xl font-bold">Compare facilities</h1>
      <SelectionProblems selection={selection} unknown={found.unknown} extra={extra} kept={slugs} />
      {facilities.length >= MIN_COMPARED ? (
        <Comparison facilities={facilities} onlyDifferences={selection.onlyDifferences} />
      ) : (
        <HowToChoose chosen={facilities} removeHref={(slug) => compareHref(slugs.filter((other) => other !== slug))} />
      )}
      {facilities.length < MAX_COMPARED ? <AddFacility slugs={slugs} onlyDifferences={selection.onlyDifferences} query={query} /> : null}
    </div>
  );
}
