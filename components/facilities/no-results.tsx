import Link from "next/link";
import type { FacilitySearch } from "@/lib/facilities/search-params";
import { RADIUS } from "@/lib/facilities/search-params";

/** Says why nothing matched and what to change, from the filters actually in use. */
export function NoResults({ search }: { search: FacilitySearch }) {
  const suggestions: string[] = [];
  if (search.text) suggestions.push(`Check the spelling of “${search.text}”, or search for fewer words.`);
  if (search.near && search.radius < RADIUS.max)
    suggestions.push(`Search a wider distance than ${search.radius} ${search.unit === "mi" ? "miles" : "km"}.`);
  if (search.state) suggestions.push("Search every state rather than one.");
  if (search.kind) suggestions.push("Search every kind of facility.");
  if (search.disclosure) suggestions.push("Include facilities whatever their disclosure status.");
  if (Object.values(search.facts).some((fact) => fact !== undefined && fact !== false))
    suggestions.push("Uncheck some of what the facility disclosed: few facilities have published a disclosure so far.");
  return (
    <div className="space-y-3 rounded-card border-l-8 border-brand bg-paper-muted p-5" role="status">
      <h2 className="text-xl font-bold">No facilities match this search</h2>
      {suggestions.length ? (
        <ul className="list-disc space-y-1 pl-6">
          {suggestions.map((suggestion) => (
            <li key={suggestion}>{suggestion}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link href="/facilities">Start a new search</Link>
      </p>
    </div>
  );
}
