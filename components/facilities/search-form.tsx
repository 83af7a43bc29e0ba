import { Field, inputClass } from "@/components/ui/field";
import { FACILITY_KIND_LABELS, FACILITY_KINDS } from "@/lib/facilities/schema";
import type { FacilitySearch, FieldErrors } from "@/lib/facilities/search-params";
import { US_STATE_CODES, US_STATES } from "@/lib/facilities/us-states";

const RADII = [5, 10, 25, 50, 100];

/** A plain GET form: the URL holds the whole search, and it works without JavaScript. */
export function SearchForm({
  search,
  errors,
  raw,
}: {
  search: FacilitySearch;
  errors: FieldErrors;
  raw: Record<string, string | undefined>;
}) {
  // Open when any of its fields is set or wrong, so nothing in use or in error is hidden.
  // A distance typed into the URL (any whole number from 5 to 100) stays selected.
  const radii = [...new Set([...RADII, search.radius])].sort((a, b) => a - b);
  const filtersInUse = ["radius", "unit", "state", "kind", "disclosure", "sort"].some((key) => raw[key]);
  return (
    <form
      action="/facilities"
      method="get"
      role="search"
      aria-label="Find a facility"
      className="no-print space-y-5 rounded-card border border-line bg-paper-muted p-5"
    >
      <div className="grid gap-5 sm:grid-cols-[2fr_1fr]">
        <Field id="q" label="Name, city or ZIP code" hint="For example: St Mary's, Dothan or 60614" error={errors.q}>
          {(props) => <input {...props} name="q" type="search" defaultValue={raw.q ?? ""} className={inputClass} autoComplete="off" />}
        </Field>
        <Field id="near" label="Near ZIP code" error={errors.near}>
          {(props) => (
            <input
              {...props}
              name="near"
              inputMode="numeric"
              defaultValue={raw.near ?? ""}
              className={inputClass}
              autoComplete="postal-code"
            />
          )}
        </Field>
      </div>
      <details open={filtersInUse || undefined} className="group space-y-5">
        <summary className="cursor-pointer font-semibold text-brand underline underline-offset-2">
          Distance, state, kind and sorting
        </summary>
        <div className="grid gap-5 sm:grid-cols-3">
          <Field id="radius" label="Within" error={errors.radius ?? errors.unit}>
            {(props) => (
              <div className="flex gap-2">
                <select {...props} name="radius" defaultValue={String(search.radius)} className={inputClass}>
                  {radii.map((radius) => (
                    <option key={radius} value={radius}>
                      {radius}
                    </option>
                  ))}
                </select>
                <select name="unit" aria-label="Unit of distance" defaultValue={search.unit} className={inputClass}>
                  <option value="mi">miles</option>
                  <option value="km">km</option>
                </select>
              </div>
            )}
          </Field>
          <Field id="state" label="State" error={errors.state}>
            {(props) => (
              <select {...props} name="state" defaultValue={search.state ?? ""} className={inputClass}>
                <option value="">Any state</option>
                {US_STATE_CODES.map((code) => (
                  <option key={code} value={code}>
                    {US_STATES[code]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="kind" label="Kind of facility" error={errors.kind}>
            {(props) => (
              <select {...props} name="kind" defaultValue={search.kind ?? ""} className={inputClass}>
                <option value="">Any kind</option>
                {FACILITY_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {FACILITY_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="grid gap-5 sm:grid-cols-3">
          <Field id="disclosure" label="AI disclosure" error={errors.disclosure}>
            {(props) => (
              <select {...props} name="disclosure" defaultValue={search.disclosure ?? ""} className={inputClass}>
                <option value="">Disclosed or not</option>
                <option value="disclosed">Has disclosed</option>
                <option value="not-disclosed">Not yet disclosed</option>
              </select>
            )}
          </Field>
          <Field id="sort" label="Sort by" error={errors.sort}>
            {(props) => (
              <select {...props} name="sort" defaultValue={raw.sort ? search.sort : ""} className={inputClass}>
                <option value="">Best for this search</option>
                <option value="relevance">Best match</option>
                <option value="distance">Distance</option>
                <option value="name">Name</option>
                <option value="updated">Recently updated</option>
                <option value="score">Transparency score, highest first</option>
              </select>
            )}
          </Field>
        </div>
      </details>
      <button type="submit" className="w-full rounded-card bg-brand px-6 py-3 text-lg font-bold text-paper hover:bg-brand-dark sm:w-auto">
        Search
      </button>
    </form>
  );
}
