import { getLocale, getTranslations } from "next-intl/server";
import { Field, inputClass } from "@/components/ui/field";
import { disclosureLabels } from "@/lib/disclosures/labels-by-locale";
import { MODALITIES } from "@/lib/disclosures/schema";
import { FACILITY_KINDS } from "@/lib/facilities/schema";
import { SORTS, type DisclosedFacts, type FacilitySearch, type FieldErrors } from "@/lib/facilities/search-params";
import { stateNames, US_STATE_CODES } from "@/lib/facilities/us-states";
import { localizedPath } from "@/lib/i18n/locale-path";

const RADII = [5, 10, 25, 50, 100];
const UNITS = ["mi", "km"] as const;
const DISCLOSURES = ["disclosed", "not-disclosed"] as const;
const FACT_FILTERS = ["onSiteOnly", "noCloudAbroad", "noTraining", "optOut"] as const satisfies (keyof DisclosedFacts)[];

/**
 * A plain GET form: the URL holds the whole search, and it works without JavaScript. `errors` are
 * already in the page's language.
 */
export async function SearchForm({
  search,
  errors,
  raw,
}: {
  search: FacilitySearch;
  errors: FieldErrors;
  raw: Record<string, string | undefined>;
}) {
  const [t, tCommon, locale] = await Promise.all([getTranslations("search"), getTranslations("common"), getLocale()]);
  // Open when any of its fields is set or wrong, so nothing in use or in error is hidden.
  // A distance typed into the URL (any whole number from 5 to 100) stays selected.
  const radii = [...new Set([...RADII, search.radius])].sort((a, b) => a - b);
  const filtersInUse = ["radius", "unit", "state", "kind", "disclosure", "sort", ...FACT_FILTERS, "modality"].some((key) => raw[key]);
  const factError = FACT_FILTERS.map((name) => errors[name]).find(Boolean);
  return (
    <form
      action={localizedPath("/facilities", locale)}
      method="get"
      role="search"
      aria-label={t("title")}
      className="no-print space-y-5 rounded-card border border-line bg-paper-muted p-5"
    >
      <div className="grid gap-5 sm:grid-cols-[2fr_1fr]">
        <Field id="q" label={t("form.text")} hint={t("form.textHint")} error={errors.q}>
          {(props) => <input {...props} name="q" type="search" defaultValue={raw.q ?? ""} className={inputClass} autoComplete="off" />}
        </Field>
        <Field id="near" label={t("form.near")} error={errors.near}>
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
        <summary className="cursor-pointer font-semibold text-brand underline underline-offset-2">{t("form.more")}</summary>
        <div className="grid gap-5 sm:grid-cols-3">
          <Field id="radius" label={t("form.radius")} error={errors.radius ?? errors.unit}>
            {(props) => (
              <div className="flex gap-2">
                <select {...props} name="radius" defaultValue={String(search.radius)} className={inputClass}>
                  {radii.map((radius) => (
                    <option key={radius} value={radius}>
                      {radius}
                    </option>
                  ))}
                </select>
                <select name="unit" aria-label={t("form.unit")} defaultValue={search.unit} className={inputClass}>
                  {UNITS.map((unit) => (
                    <option key={unit} value={unit}>
                      {t(`form.units.${unit}`)}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </Field>
          <Field id="state" label={t("form.state")} error={errors.state}>
            {(props) => (
              <select {...props} name="state" defaultValue={search.state ?? ""} className={inputClass}>
                <option value="">{t("form.anyState")}</option>
                {US_STATE_CODES.map((code) => (
                  <option key={code} value={code}>
                    {stateNames(locale)[code]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="kind" label={t("form.kind")} error={errors.kind}>
            {(props) => (
              <select {...props} name="kind" defaultValue={search.kind ?? ""} className={inputClass}>
                <option value="">{t("form.anyKind")}</option>
                {FACILITY_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {tCommon(`kind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="grid gap-5 sm:grid-cols-3">
          <Field id="disclosure" label={t("form.disclosure")} error={errors.disclosure}>
            {(props) => (
              <select {...props} name="disclosure" defaultValue={search.disclosure ?? ""} className={inputClass}>
                <option value="">{t("form.disclosures.any")}</option>
                {DISCLOSURES.map((disclosure) => (
                  <option key={disclosure} value={disclosure}>
                    {t(`form.disclosures.${disclosure}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="sort" label={t("form.sort")} error={errors.sort}>
            {(props) => (
              <select {...props} name="sort" defaultValue={raw.sort ? search.sort : ""} className={inputClass}>
                <option value="">{t("form.sorts.default")}</option>
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`form.sorts.${sort}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className="space-y-3">
          <legend className="font-semibold">{t("form.facts")}</legend>
          <p className="text-base text-ink-muted" id="facts-hint">
            {t("form.factsHint")}
          </p>
          <div className="grid gap-3 sm:grid-cols-2">
            {FACT_FILTERS.map((name) => (
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
                <span>{t(`form.factFilters.${name}`)}</span>
              </label>
            ))}
          </div>
          {factError ? (
            <p className="font-semibold text-error">
              {t("form.error")}: {factError}
            </p>
          ) : null}
          <Field id="modality" label={t("form.modality")} error={errors.modality}>
            {(props) => (
              <select {...props} name="modality" defaultValue={search.facts.modality ?? ""} className={`${inputClass} sm:w-1/3`}>
                <option value="">{t("form.anyModality")}</option>
                {MODALITIES.map((modality) => (
                  <option key={modality} value={modality}>
                    {disclosureLabels(locale).options.modalities[modality]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
      </details>
      <button type="submit" className="w-full rounded-card bg-brand px-6 py-3 text-lg font-bold text-paper hover:bg-brand-dark sm:w-auto">
        {t("form.submit")}
      </button>
    </form>
  );
}
