import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { DirectorySections } from "@/components/stats/directory-sections";
import { DisclosureSections } from "@/components/stats/disclosure-sections";
import { formatDateTime } from "@/lib/format-time";
import { Link } from "@/lib/i18n/navigation";
import { formatCounted } from "@/lib/stats/format-share";
import { getStatistics } from "@/lib/stats/data";
import { rowLabels } from "@/lib/stats/row-labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stats");
  return { title: t("title"), description: t("description") };
}

export default async function StatsPage() {
  // Counted from the database when asked (at most every 5 minutes), never at build time.
  await connection();
  const [t, tCommon, locale] = await Promise.all([getTranslations("stats"), getTranslations("common"), getLocale()]);
  const statistics = await getStatistics(locale);
  const { noAnswer, yesNo } = rowLabels(locale);
  // The files keep the English labels of the open data; Spanish readers are told before they follow.
  const english = locale === "en" ? null : <span> {tCommon("englishOnly")}</span>;
  const download = (href: string, chunks: React.ReactNode) => (
    <>
      <a href={href} hrefLang="en">
        {chunks}
      </a>
      {english}
    </>
  );

  return (
    <div className="space-y-12">
      <header className="space-y-4">
        <h1 className="text-4xl font-bold">{t("heading")}</h1>
        <p className="max-w-3xl text-xl">{t("intro")}</p>
        <div className="max-w-3xl space-y-2 rounded-card border-l-8 border-brand bg-paper-muted p-5 text-base">
          <p data-testid="stats-scope">
            {t.rich("scope", {
              strong: (chunks) => <strong>{chunks}</strong>,
              unknown: noAnswer.unknown,
              declined: noAnswer.declined,
              notDisclosed: noAnswer.not_disclosed,
              no: yesNo.no,
            })}
          </p>
          <p>
            {t.rich("countedAt", {
              time: (chunks) => <time dateTime={statistics.computedAt.toISOString()}>{chunks}</time>,
              when: formatDateTime(statistics.computedAt, locale),
              facilities: formatCounted(statistics.listed, "facilities", locale),
            })}
          </p>
          <p className="no-print">
            {t.rich("download", {
              csv: (chunks) => download("/stats/statistics.csv", chunks),
              json: (chunks) => download("/api/v1/stats", chunks),
            })}
          </p>
        </div>
      </header>

      <DirectorySections statistics={statistics} locale={locale} />

      {statistics.disclosed === 0 ? (
        <section aria-labelledby="nothing-yet" className="max-w-3xl space-y-3 rounded-card border border-line p-5">
          <h2 id="nothing-yet" className="text-2xl font-bold">
            {t("nothingYet.title")}
          </h2>
          <p>{t.rich("nothingYet.text", { search: (chunks) => <Link href="/facilities">{chunks}</Link> })}</p>
        </section>
      ) : (
        <DisclosureSections statistics={statistics} locale={locale} />
      )}

      <section aria-labelledby="method" className="max-w-3xl space-y-3">
        <h2 id="method" className="text-2xl font-bold">
          {t("method.title")}
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          {(["newest", "tools", "shares", "names"] as const).map((key) => (
            <li key={key}>{t(`method.${key}`)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
