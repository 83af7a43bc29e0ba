import { getLocale, getTranslations } from "next-intl/server";
import { DisclosureStatus } from "@/components/facilities/disclosure-status";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { compareHref } from "@/lib/compare/selection";
import { searchFacilities } from "@/lib/facilities/data";
import { readSearch, searchErrorKey } from "@/lib/facilities/search-params";
import { localizedPath } from "@/lib/i18n/locale-path";
import { Link } from "@/lib/i18n/navigation";
import { facilityName, hidden } from "./rich-tags";

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
  const [t, tSearch, locale] = await Promise.all([getTranslations("compare.add"), getTranslations("search"), getLocale()]);
  const { search, errors } = readSearch({ q: query });
  // readSearch words its errors in English, for the API; only the text's can arise from this form.
  const errorKey = errors.q && searchErrorKey(errors.q);
  const error = errorKey === "textTooLong" || errorKey === "textWithoutLetters" ? tSearch(`errors.${errorKey}`) : errors.q;
  const searched = Boolean(search.text || search.near);
  const outcome = searched ? await searchFacilities(search) : null;
  const matches = outcome?.kind === "results" ? outcome.facilities.slice(0, SHOWN) : [];

  return (
    <section aria-labelledby="add-heading" className="no-print space-y-4 rounded-card border border-line bg-paper-muted p-5">
      <h2 id="add-heading" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <form action={localizedPath("/compare", locale)} method="get" role="search" aria-label={t("search")} className="space-y-4">
        {slugs.map((slug) => (
          <input key={slug} type="hidden" name="f" value={slug} />
        ))}
        {onlyDifferences ? <input type="hidden" name="only" value="differences" /> : null}
        <Field id="add-q" label={tSearch("form.text")} hint={t("hint")} error={error}>
          {(props) => <input {...props} name="q" type="search" defaultValue={query ?? ""} className={inputClass} autoComplete="off" />}
        </Field>
        <button type="submit" className={buttonClass("secondary")}>
          {t("submit")}
        </button>
      </form>

      {outcome?.kind === "unknown-zip" ? <p role="status">{t("unknownZip", { zip: outcome.zip })}</p> : null}
      {outcome?.kind === "results" && !matches.length ? <p role="status">{t("noMatch", { query: query ?? "" })}</p> : null}
      {matches.length ? (
        <ul aria-label={t("matches")} className="divide-y divide-line border-y border-line">
          {matches.map((facility) => (
            <li key={facility.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div>
                <p className="font-semibold" data-facility-name>
                  {facility.name}
                </p>
                <p className="flex flex-wrap items-center gap-2 text-base">
                  {facility.city}, {facility.state}
                  {facility.isSample ? <Badge tone="sample">{tSearch("results.sample")}</Badge> : null}
                  <DisclosureStatus disclosedAt={facility.disclosedAt} />
                </p>
              </div>
              {slugs.includes(facility.slug) ? (
                <Badge>{t("chosen")}</Badge>
              ) : (
                <Link href={compareHref([...slugs, facility.slug], { onlyDifferences })} prefetch={false}>
                  {t.rich("addFacility", { name: facility.name, hidden, facility: facilityName })}
                </Link>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
