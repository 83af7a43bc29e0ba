import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/field";
import { patientQuestions } from "@/lib/disclosures/questions";
import { countListedFacilities } from "@/lib/facilities/data";
import { formatCount } from "@/lib/format";
import { localizedPath } from "@/lib/i18n/locale-path";

const AUDIENCES = ["patients", "facilities", "researchers"] as const;

export default async function HomePage() {
  await connection();
  const [facilityCount, t, tSearch, locale] = await Promise.all([
    countListedFacilities(),
    getTranslations("home"),
    getTranslations("search"),
    getLocale(),
  ]);

  return (
    <div className="space-y-12">
      <section aria-labelledby="intro" className="space-y-4">
        <h1 id="intro" className="text-4xl font-bold tracking-tight sm:text-5xl">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-xl">{t("intro")}</p>
        <form
          action={localizedPath("/facilities", locale)}
          method="get"
          role="search"
          aria-label={tSearch("title")}
          className="flex max-w-2xl flex-col gap-2 pt-2"
        >
          <label htmlFor="home-q" className="text-lg font-semibold">
            {t("searchLabel")}
          </label>
          <div className="flex gap-2">
            <input id="home-q" name="q" type="search" className={inputClass} autoComplete="off" />
            <button type="submit" className="rounded-card bg-brand px-6 py-2 text-lg font-bold text-paper hover:bg-brand-dark">
              {tSearch("form.submit")}
            </button>
          </div>
        </form>
        <p className="text-xl" data-testid="facility-count">
          {t.rich("count", {
            count: facilityCount,
            total: formatCount(facilityCount, locale),
            strong: (chunks) => <strong className="text-3xl font-bold">{chunks}</strong>,
          })}
        </p>
      </section>

      <section aria-labelledby="questions" className="space-y-4">
        <h2 id="questions" className="text-2xl font-bold">
          {t("questionsTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {patientQuestions(locale).map(({ topic, question }) => (
            <li key={topic}>{question}</li>
          ))}
        </ul>
        <p>{t("questionsNote")}</p>
      </section>

      <section aria-labelledby="audiences" className="space-y-4">
        <h2 id="audiences" className="text-2xl font-bold">
          {t("audiencesTitle")}
        </h2>
        <dl className="grid gap-6 sm:grid-cols-3">
          {AUDIENCES.map((audience) => (
            <div key={audience} className="rounded-card border border-line p-5">
              <dt className="font-bold">{t(`audiences.${audience}.who`)}</dt>
              <dd className="mt-2 text-base">{t(`audiences.${audience}.what`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
