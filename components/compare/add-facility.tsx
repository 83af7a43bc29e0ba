import Link from "next/link";
import { DisclosureStatus } from "@/components/facilities/disclosure-status";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { compareHref } from "@/lib/compare/selection";
import { searchFacilities } from "@/lib/facilities/data";
import { readSearch } from "@/lib/facilities/search-params";

const SHOWN = 10;

/**
 * Finding a facility to add, without JavaScript: a GET form back to /compare that carries the
 * facilities already chosen, and the matches as "Add" links (the same address with one more).
 */
export async function AddFacility({
  slugs,
  onlyDifferences,
  query,
}: {
  slugs: string[];
  onlyDifferences: boolean;
  query: string | undefined;
}) {
  const { search, errors } = readSearch({ q: query });
  const searched = Boolean(search.text || search.near);
  const outcome = searched ? await searchFacilities(search) : null;
  const matches = outcome?.kind === "results" ? outcome.facilities.slice(0, SHOWN) : [];

  return (
    <section aria-labelledby="add-heading" className="no-print space-y-4 rounded-card border border-line bg-paper-muted p-5">
      <h2 id="add-heading" className="text-2xl font-bold">
        Add a facility
      </h2>
      <form action="/compare" method="get" role="search" aria-label="Find a facility to add" className="space-y-4">
        {slugs.map((slug) => (
          <input key={slug} type="hidden" name="f" value={slug} />
        ))}
        {onlyDifferences ? <input type="hidden" name="only" value="differences" /> : null}
        <Field id="add-q" label="Name, city or ZIP code" hint="For example: Lakeside, Madison or 53703" error={errors.q}>
          {(props) => <input {...props} name="q" type="search" defaultValue={query ?? ""} className={inputClass} autoComplete="off" />}
        </Field>
        <button type="submit" className={buttonClass("secondary")}>
          Find facilities
        </button>
      </form>

      {outcome?.kind === "unknown-zip" ? <p role="status">We do not know where ZIP code {outcome.zip} is. Try a city or a name.</p> : null}
      {outcome?.kind === "results" && !matches.length ? (
        <p role="status">No facility matches “{query}”. Check the spelling, or try a city.</p>
      ) : null}
      {matches.length ? (
        <ul aria-label="Matching facilities" className="divide-y divide-line border-y border-line">
          {matches.map((facility) => (
            <li key={facility.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div>
                <p className="font-semibold">{facility.name}</p>
                <p className="flex flex-wrap items-center gap-2 text-base">
                  {facility.city}, {facility.state}
                  {facility.isSample ? <Badge tone="sample">Sample data</Badge> : null}
                  <DisclosureStatus disclosedAt={facility.disclosedAt} />
                </p>
              </div>
              {slugs.includes(facility.slug) ? (
                <Badge>Already chosen</Badge>
              ) : (
                <Link href={compareHref([...slugs, facility.slug], { onlyDifferences })} prefetch={false}>
                  Add<span className="sr-only"> {facility.name} to the comparison</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
