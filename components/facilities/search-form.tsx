import { Field, inputClass } from "@/components/ui/field";
import { OPTION_LABELS } from "@/lib/disclosures/labels";
import { MODALITIES } from "@/lib/disclosures/schema";
import { FACILITY_KIND_LABELS, FACILITY_KINDS } from "@/lib/facilities/schema";
import type { DisclosedFacts, FacilitySearch, FieldErrors } from "@/lib/facilities/search-params";
import { US_STATE_CODES, US_STATES } from "@/lib/facilities/us-states";

const RADII = [5, 10, 25, 50, 100];

const FACT_FILTERS = [
  { name: "onSiteOnly", label: "AI runs on-site only (or no AI)" },
  { name: "noCloudAbroad", label: "No cloud outside the United States" },
  { name: "noTraining", label: "Scans are not used to train AI" },
  { name: "optOut", label: "Patients can opt out" },
] as const satisfies { name: keyof DisclosedFacts; label: string }[];

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
  const filtersInUse = [
    "radius",
    "unit",
    "state",
    "kind",
    "disclosure",
    "sort",
    ...FACT_FILTERS.map((filter) => filter.name),
    "modality",
  ].some((key) => raw[key]);
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
          Distance, state, kind, what facilities disclosed, and sorting
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
        <fieldset className="space-y-3">
          <legend className="font-semibold">What the facility disclosed</legend>
          <p className="text-base text-ink-muted" id="facts-hint">
            These show only facilities that have published a disclosure and said so.
          </p>
          <div className="grid gap-3 sm:grid-cols-2">
            {FACT_FILTERS.map(({ name, label }) => (
              <label key={name} className="flex items-start gap-3">
                <input
                  type="checkbox"
                  id={name}
                  name={name}
                  value="true"
                  defaultChecked={search.facts[name] === true}
                  aria-describedby="facts-hint"
                  className="mt-1 size-5 accent-brand"
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
          {FACT_FILTERS.some(({ name }) => errors[name]) ? (
            <p className="font-semibold text-error">Error: {FACT_FILTERS.map(({ name }) => errors[name]).find(Boolean)}</p>
          ) : null}
          <Field id="modality" label="AI reads this kind of scan" error={errors.modality}>
            {(props) => (
              <select {...props} name="modality" defaultValue={search.facts.modality ?? ""} className={`${inputClass} sm:w-1/3`}>
                <option value="">Any kind of scan</option>
                {MODALITIES.map((modality) => (
                  <option key={modality} value={modality}>
                    {OPTION_LABELS.modalities[modality]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
      </details>
      <button type="submit" className="w-full rounded-card bg-brand px-6 py-3 text-lg font-bold text-paper hover:bg-brand-dark sm:w-auto">
        Search
      </button>
    </form>
  );
}
