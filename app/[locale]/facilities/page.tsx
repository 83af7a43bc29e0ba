import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { NoResults } from "@/components/facilities/no-results";
import { ResultList } from "@/components/facilities/result-list";
import { SearchForm } from "@/components/facilities/search-form";
import { Pagination } from "@/components/ui/pagination";
import { searchFacilities } from "@/lib/facilities/data";
import { firstValues, MAX_PAGE, RADIUS, readSearch, searchErrorKey, type FieldErrors } from "@/lib/facilities/search-params";
import { formatCount } from "@/lib/format";
import { localizedPath } from "@/lib/i18n/locale-path";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("search");
  return { title: t("title"), description: t("description") };
}

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

const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

export default async function FacilitiesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const [rawParams, t, locale] = await Promise.all([searchParams, getTranslations("search"), getLocale()]);
  const raw = firstValues(rawParams);
  const { search, errors: englishErrors } = readSearch(rawParams);
  const outcome = await searchFacilities(search);
  // readSearch words its errors in English, for the API; the page says them in its own language.
  const errors: FieldErrors = Object.fromEntries(
    Object.entries(englishErrors).map(([field, message]) => {
      const key = searchErrorKey(message);
      return [field, key ? t(`errors.${key}`, { min: RADIUS.min, max: RADIUS.max, maxPage: MAX_PAGE }) : message];
    }),
  );
  const errorCount = Object.keys(errors).length;

  // Already in the page's language, so next/link rather than the translating Link.
  const pageHref = (page: number) => {
    const params = new URLSearchParams(Object.entries(raw).filter((entry): entry is [string, string] => Boolean(entry[1])));
    params.set("page", String(page));
    return `${localizedPath("/facilities", locale)}?${params}`;
  };

  return (
    <div className="space-y-8">
      <h1 className="text-4xl font-bold">{t("title")}</h1>
      {errorCount ? (
        <div role="alert" className="space-y-2 rounded-card border-l-8 border-error bg-paper-muted p-5">
          <h2 className="text-xl font-bold">{t("errorSummary.title", { count: errorCount })}</h2>
          <p>{t("errorSummary.text", { count: errorCount })}</p>
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
              {t("unknownZip.title", { zip: outcome.zip })}
            </h2>
            <p>{t("unknownZip.text")}</p>
          </div>
        ) : outcome.total === 0 ? (
          <>
            <h2 id="results-heading" className="sr-only">
              {t("results.heading")}
            </h2>
            <NoResults search={search} />
          </>
        ) : search.page > outcome.pageCount ? (
          <div role="alert" className="rounded-card border-l-8 border-error bg-paper-muted p-5">
            <h2 id="results-heading" className="text-xl font-bold">
              {t("pastEnd.title", { count: outcome.pageCount })}
            </h2>
            <p>
              <Link href={pageHref(outcome.pageCount)}>{t("pastEnd.lastPage")}</Link>
            </p>
          </div>
        ) : (
          <>
            <h2 id="results-heading" className="text-2xl font-bold">
              {t(outcome.capped ? "results.countCapped" : "results.count", {
                count: outcome.total,
                total: formatCount(outcome.total, locale),
              })}
              {outcome.pageCount > 1 ? (
                <span className="font-normal">
                  {" "}
                  {t("results.pageOf", { page: search.page, pageCount: formatCount(outcome.pageCount, locale) })}
                </span>
              ) : null}
            </h2>
            <ResultList facilities={outcome.facilities} unit={search.unit} />
            <Pagination
              page={search.page}
              pageCount={outcome.pageCount}
              href={pageHref}
              labels={{
                nav: t("pagination.label"),
                previous: t.rich("pagination.previous", { hidden }),
                next: t.rich("pagination.next", { hidden }),
                page: t("pagination.page"),
              }}
            />
          </>
        )}
      </section>
    </div>
  );
}
