import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { HiddenReason } from "@/components/disclosures/disclosure-detail";
import { FacilityWords } from "@/components/disclosures/facility-words";
import { getVersion, type PublishedVersion } from "@/lib/disclosures/data-versions";
import { diffDisclosures, groupChanges, type Change } from "@/lib/disclosures/diff";
import { parseVersionNumber } from "@/lib/disclosures/format";
import type { Disclosure } from "@/lib/disclosures/schema";
import { getFacilityBySlug } from "@/lib/facilities/data";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const facilityFor = cache(getFacilityBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const facility = await facilityFor((await params).slug);
  const t = await getTranslations("facility");
  return { title: facility ? t("changes.title", { name: facility.name }) : t("notFound") };
}

type Shown = PublishedVersion & { content: Disclosure };
type Problem =
  { why: "unchosen" } | { why: "same" } | { why: "missing"; number: number } | { why: "hidden"; number: number; reason: string | null };
type Comparison = { ok: true; older: Shown; newer: Shown } | { ok: false; problem: Problem };

function shownOrProblem(version: PublishedVersion | null, number: number): Shown | Problem {
  if (!version) return { why: "missing", number };
  if (!version.content) return { why: "hidden", number, reason: version.hiddenReason };
  return { ...version, content: version.content };
}

/** The two versions to compare, older first, or why they cannot be: never an error page for a bad address. */
async function readComparison(
  facilityId: string,
  rawFrom: string | string[] | undefined,
  rawTo: string | string[] | undefined,
): Promise<Comparison> {
  const from = parseVersionNumber(rawFrom);
  const to = parseVersionNumber(rawTo);
  if (from === null || to === null) return { ok: false, problem: { why: "unchosen" } };
  if (from === to) return { ok: false, problem: { why: "same" } };
  const [low, high] = [Math.min(from, to), Math.max(from, to)];
  const [older, newer] = await Promise.all([getVersion(facilityId, low), getVersion(facilityId, high)]);
  const shownOlder = shownOrProblem(older, low);
  const shownNewer = shownOrProblem(newer, high);
  if ("why" in shownOlder) return { ok: false, problem: shownOlder };
  if ("why" in shownNewer) return { ok: false, problem: shownNewer };
  return { ok: true, older: shownOlder, newer: shownNewer };
}

async function ProblemText({ problem }: { problem: Problem }) {
  const t = await getTranslations("facility.changes.problem");
  if (problem.why === "unchosen" || problem.why === "same") return t(problem.why);
  if (problem.why === "missing") return t("missing", { number: problem.number });
  return (
    <>
      {t("hidden", { number: problem.number })} <HiddenReason reason={problem.reason} />
    </>
  );
}

/** One side of a change: the facility's own words are shown as written. */
const Side = ({ words, written }: { words: string | null; written?: boolean }) =>
  written ? <FacilityWords>{words}</FacilityWords> : words;

async function ChangeItem({ change }: { change: Change }) {
  const t = await getTranslations("facility.changes");
  const before = <Side words={change.before} written={change.written?.before} />;
  const after = <Side words={change.after} written={change.written?.after} />;
  return (
    <li className="space-y-1 border-b border-line py-4 break-inside-avoid">
      <p className="font-semibold">{change.path}</p>
      {change.kind === "added" ? (
        <p>
          {t("added")} <ins className="no-underline">{after}</ins>
        </p>
      ) : change.kind === "removed" ? (
        <p>
          {t("removed")} <del className="no-underline">{before}</del>
        </p>
      ) : (
        <>
          <p>
            {t("before")} <del className="no-underline">{before}</del>
          </p>
          <p>
            {t("now")} <ins className="no-underline">{after}</ins>
          </p>
        </>
      )}
    </li>
  );
}

export default async function CompareVersionsPage({ params, searchParams }: Props) {
  const facility = await facilityFor((await params).slug);
  if (!facility) notFound();
  const [query, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("facility")]);
  const comparison = await readComparison(facility.id, query.from, query.to);
  const history = `/facilities/${facility.slug}/versions`;
  const changes = comparison.ok ? diffDisclosures(comparison.older.content, comparison.newer.content, locale) : [];

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <nav aria-label={t("back")} className="no-print flex flex-wrap gap-x-6">
          <Link href={`/facilities/${facility.slug}`}>{t("backTo", { name: facility.name })}</Link>
          <Link href={history}>{t("allVersions")}</Link>
        </nav>
        <h1 className="text-4xl font-bold">{t("changes.heading")}</h1>
        <p className="text-xl" data-facility-name>
          {facility.name}
        </p>
      </header>

      {comparison.ok ? (
        <>
          <p className="text-xl">
            {t.rich("changes.range", {
              from: comparison.older.number,
              fromDate: formatDate(comparison.older.publishedAt, locale),
              to: comparison.newer.number,
              toDate: formatDate(comparison.newer.publishedAt, locale),
              changes: changes.length ? t("changes.count", { count: changes.length }) : t("changes.none"),
              strong: (words) => <strong>{words}</strong>,
            })}
          </p>
          {groupChanges(changes).map(({ section, changes: inSection }, index) => (
            <section key={section} aria-labelledby={`changes-${index}`} className="space-y-2">
              <h2 id={`changes-${index}`} className="text-2xl font-bold">
                {section} ({inSection.length})
              </h2>
              <ul>
                {inSection.map((change) => (
                  <ChangeItem key={`${change.kind} ${change.path}`} change={change} />
                ))}
              </ul>
            </section>
          ))}
        </>
      ) : (
        <div role="alert" className="space-y-2 rounded-card border-l-8 border-error bg-paper-muted p-5">
          <p className="font-bold">
            <ProblemText problem={comparison.problem} />
          </p>
          <p>{t.rich("changes.choose", { link: (words) => <Link href={history}>{words}</Link> })}</p>
        </div>
      )}
    </article>
  );
}
