import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AddFacility } from "@/components/compare/add-facility";
import { NotDisclosed } from "@/components/compare/compare-cell";
import { CompareTable, DiffersMark } from "@/components/compare/compare-table";
import { facilityName, hidden } from "@/components/compare/rich-tags";
import { getComparedFacilities, type ComparedFacility } from "@/lib/compare/data";
import { compareSections, countRows, differencesOnly } from "@/lib/compare/model";
import { compareHref, MAX_COMPARED, MIN_COMPARED, readSelection, splitAtLimit, type Selection } from "@/lib/compare/selection";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compare");
  return { title: t("title"), description: t("description", { min: MIN_COMPARED, max: MAX_COMPARED }) };
}

type RawParams = Record<string, string | string[] | undefined>;

/** What in the address could not be used, by name, so a patient can put it right. */
async function SelectionProblems({
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
  const t = await getTranslations("compare.problems");
  return (
    <div role="alert" className="space-y-2 rounded-card border-l-8 border-error bg-paper-muted p-5">
      <h2 className="text-xl font-bold">{t("title")}</h2>
      <ul className="list-disc space-y-1 pl-6">
        {extra.length ? (
          <li>
            {t.rich("tooMany", { max: MAX_COMPARED, names: extra.map((facility) => facility.name).join(", "), facility: facilityName })}
          </li>
        ) : null}
        {notFound.length ? <li>{t("notFound", { count: notFound.length, names: notFound.join(", ") })}</li> : null}
      </ul>
      {kept.length ? (
        <p>
          <Link href={compareHref(kept, { onlyDifferences: selection.onlyDifferences })}>{t("keep")}</Link>
        </p>
      ) : null}
    </div>
  );
}

async function HowToChoose({ chosen, removeHref }: { chosen: ComparedFacility[]; removeHref: (slug: string) => string }) {
  const [t, tSearch, tFacility] = await Promise.all([getTranslations("compare"), getTranslations("search"), getTranslations("facility")]);
  return (
    <section aria-labelledby="choose-heading" className="space-y-3">
      <h2 id="choose-heading" className="text-2xl font-bold">
        {t("choose.title", { min: MIN_COMPARED, max: MAX_COMPARED })}
      </h2>
      <p>{t("choose.text")}</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          {t.rich("choose.fromSearch", {
            search: (chunks) => <Link href="/facilities">{chunks}</Link>,
            compare: tSearch("results.compare"),
            compareSelected: tSearch("compare.submit"),
          })}
        </li>
        <li>{t("choose.fromFacility", { link: tFacility("links.compare") })}</li>
        <li>{t("choose.here", { add: t("add.add") })}</li>
      </ul>
      {chosen.length ? (
        <p>
          {t("choose.chosen")}{" "}
          {chosen.map((facility) => (
            <span key={facility.slug}>
              <strong data-facility-name>{facility.name}</strong> (
              <Link href={removeHref(facility.slug)}>
                {t.rich("choose.remove", { name: facility.name, hidden, facility: facilityName })}
              </Link>
              )
            </span>
          ))}
          . {t("choose.addMore")}
        </p>
      ) : null}
    </section>
  );
}

async function Comparison({ facilities, onlyDifferences }: { facilities: ComparedFacility[]; onlyDifferences: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  const slugs = facilities.map((facility) => facility.slug);
  const all = compareSections(
    facilities.map((facility) => facility.disclosure),
    locale,
  );
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
        {t("differ", { differing: countRows(differing), all: countRows(all) })}
      </h2>
      <dl className="grid items-center gap-x-4 gap-y-2 text-base sm:grid-cols-[max-content_1fr]">
        <dt>
          <DiffersMark />
        </dt>
        <dd>{t("legend.differs")}</dd>
        <dt>
          <NotDisclosed />
        </dt>
        <dd>{t("legend.notDisclosed")}</dd>
      </dl>
      <p className="no-print">
        {onlyDifferences ? (
          <Link href={compareHref(slugs)}>{t("showAll")}</Link>
        ) : (
          <Link href={compareHref(slugs, { onlyDifferences: true })}>{t("showDifferences")}</Link>
        )}
      </p>
      {shown.length ? (
        <CompareTable facilities={facilities} sections={shown} removeHref={removeHref} />
      ) : (
        <p className="rounded-card border border-line p-5">{t("same")}</p>
      )}
    </section>
  );
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const t = await getTranslations("compare");
  const selection = readSelection(raw);
  const found = selection.slugs.length ? await getComparedFacilities(selection.slugs) : { facilities: [], unknown: [] };
  const { shown: facilities, extra } = splitAtLimit(found.facilities);
  const slugs = facilities.map((facility) => facility.slug);
  const query = [raw.q].flat()[0];

  return (
    <div className="space-y-8">
      {/* Columns side by side need the width of a landscape page. */}
      <style>{"@media print { @page { size: landscape; } }"}</style>
      <h1 className="text-4xl font-bold">{t("title")}</h1>
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
