import type { Metadata } from "next";
import Link from "next/link";
import { NoResults } from "@/components/facilities/no-results";
import { ResultList } from "@/components/facilities/result-list";
import { SearchForm } from "@/components/facilities/search-form";
import { Pagination } from "@/components/ui/pagination";
import { searchFacilities } from "@/lib/facilities/data";
import { firstValues, readSearch } from "@/lib/facilities/search-params";
import { formatCount } from "@/lib/format";

export const metadata: Metadata = {
  title: "Find a facility",
  description: "Search imaging centers and hospitals by name, city or ZIP code, and see whether they have disclosed how they use AI.",
};

type RawParams = Record<string, string | string[] | undefined>;

/** Where each parameter's field is in the search form, for the links of the error summary. */
const FIELD_IDS = {
  q: "q",
  near: "near",
  radius: "radius",
  unit: "radius",
  state: "state",
  kind: "kind",
  disclosure: "disclosure",
  onSiteOnly: "onSiteOnly",
  noCloudAbroad: "noCloudAbroad",
  noTraining: "noTraining",
  optOut: "optOut",
  modality: "modality",
  sort: "sort",
};

export default async function FacilitiesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const rawParams = await searchParams;
  const raw = firstValues(rawParams);
  const { search, errors } = readSearch(rawParams);
  const outcome = await searchFacilities(search);
  const errorCount = Object.keys(errors).length;

  const pageHref = (page: number) => {
    const params = new URLSearchParams(Object.entries(raw).filter((entry): entry is [string, string] => Boolean(entry[1])));
    params.set("page", String(page));
    return `/facilities?${params}`;
  };

  return (
    <div className="space-y-8">
      <h1 className="text-4xl font-bold">Find a facility</h1>
      {errorCount ? (
        <div role="alert" className="space-y-2 rounded-card border-l-8 border-error bg-paper-muted p-5">
          <h2 className="text-xl font-bold">
            {errorCount === 1 ? "One part of this search was not understood" : `${errorCount} parts of this search were not understood`}
          </h2>
          <p>The results below leave {errorCount === 1 ? "it" : "them"} out.</p>
          <ul className="list-disc pl-6">
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>{field in FIELD_IDS ? <a href={`#${FIELD_IDS[field as keyof typeof FIELD_IDS]}`}>{message}</a> : message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <SearchForm search={search} errors={errors} raw={raw} />

      <section aria-labelledby="results-heading" className="space-y-4">
        {outcome.kind === "unknown-zip" ? (
          <div role="alert" className="rounded-card border-l-8 border-error bg-paper-muted p-5">
            <h2 id="results-heading" className="text-xl font-bold">
              We do not know where ZIP code {outcome.zip} is
            </h2>
            <p>Check the ZIP code, or search by city or facility name instead.</p>
          </div>
        ) : outcome.total === 0 ? (
          <>
            <h2 id="results-heading" className="sr-only">
              Results
            </h2>
            <NoResults search={search} />
          </>
        ) : search.page > outcome.pageCount ? (
          <div role="alert" className="rounded-card border-l-8 border-error bg-paper-muted p-5">
            <h2 id="results-heading" className="text-xl font-bold">
              There {outcome.pageCount === 1 ? "is only 1 page" : `are only ${outcome.pageCount} pages`} of results
            </h2>
            <p>
              <Link href={pageHref(outcome.pageCount)}>Go to the last page</Link>
            </p>
          </div>
        ) : (
          <>
            <h2 id="results-heading" className="text-2xl font-bold">
              {outcome.capped ? "More than " : ""}
              {formatCount(outcome.total)} {outcome.total === 1 ? "facility" : "facilities"}
              {outcome.pageCount > 1 ? (
                <span className="font-normal">
                  {" "}
                  · page {search.page} of {formatCount(outcome.pageCount)}
                </span>
              ) : null}
            </h2>
            <ResultList facilities={outcome.facilities} unit={search.unit} />
            <Pagination page={search.page} pageCount={outcome.pageCount} href={pageHref} />
          </>
        )}
      </section>
    </div>
  );
}
