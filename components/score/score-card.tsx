import { CircleCheck, CircleDashed, CircleMinus, CircleX, type LucideIcon } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { rubricTexts, type RubricItemId, type ScorableDisclosure } from "@/lib/score/rubric";
import { explanationsIn, type ItemState, type ScoreResult } from "@/lib/score/score";

// A facility's transparency score, and every rubric item that made it: what earned points and
// what did not, in words and icons (never colour alone).

const ICONS: Record<ItemState, LucideIcon> = {
  earned: CircleCheck,
  partial: CircleDashed,
  missed: CircleX,
  neutral: CircleMinus,
};

/** A tool item averages over the tools, so points can be fractions: a tenth is precise enough. */
const tenths = (value: number) => Math.round(value * 10) / 10;

/**
 * `result` null: the facility has no visible version, so no score (and no number). `disclosure`:
 * the version `result` scored, to explain its items in the page's language.
 */
export async function ScoreCard({ result, disclosure }: { result: ScoreResult | null; disclosure: ScorableDisclosure | null }) {
  const t = await getTranslations("score");
  if (!result) {
    // Not printed: the sheet already says "not yet disclosed", and the questions need the room.
    return (
      <section aria-labelledby="score-heading" className="no-print space-y-2 rounded-card border border-line p-6">
        <h2 id="score-heading" className="text-2xl font-bold">
          {t("title")}
        </h2>
        <p>
          <strong>{t("notYet")}</strong> {t("notYetText")} <Link href="/methodology">{t("howItWorks")}</Link>
        </p>
      </section>
    );
  }
  const locale = await getLocale();
  // Scores are read under the current rubric only (lib/score/data.ts): every item is one of its own.
  const titleOf = (id: string) => rubricTexts(locale).items[id as RubricItemId].title;
  const points = (value: number) => t("points", { count: tenths(value) });
  // Explanations are stored in English, the words of the API; another language words them again,
  // and any it cannot match to the stored numbers stay in English.
  const worded = locale === "en" || !disclosure ? new Map<string, string>() : explanationsIn(result, disclosure, locale);
  const englishOnly = locale === "en" ? null : (await getTranslations("common"))("englishOnly");
  return (
    <section aria-labelledby="score-heading" className="space-y-3 rounded-card border border-line p-6" data-testid="score-card">
      <h2 id="score-heading" className="text-2xl font-bold">
        {t("title")}{" "}
        <span className="whitespace-nowrap">
          {result.score} <span className="text-xl font-semibold">{t("outOf100")}</span>
        </span>{" "}
        <span className="text-base font-normal text-ink-muted">{t("rubric", { version: result.rubricVersion })}</span>
      </h2>
      <p>
        {t("explained", { earned: points(result.earned), possible: points(result.possible) })}{" "}
        <Link href="/methodology">{t("howItWorks")}</Link>
      </p>
      <details className="space-y-3">
        <summary className="cursor-pointer font-semibold">{t("itemsSummary", { count: result.items.length })}</summary>
        <ul className="divide-y divide-line border-y border-line">
          {result.items.map((item) => {
            const Icon = ICONS[item.state];
            const label = t(`states.${item.state}`);
            return (
              <li key={item.id} className="flex gap-3 py-3" data-state={item.state}>
                <Icon aria-hidden="true" className="mt-1 size-5 shrink-0" />
                <div className="space-y-1">
                  <p>
                    <span className="font-semibold">{titleOf(item.id)}</span>
                    {" — "}
                    <span>
                      {label}
                      {item.state === "neutral" ? null : `: ${t("itemPoints", { earned: points(item.earned), possible: item.possible })}`}
                    </span>
                  </p>
                  <p className="text-base text-ink-muted">
                    {worded.get(item.id) ?? (
                      <>
                        <span lang="en">{item.why}</span>
                        {englishOnly ? ` ${englishOnly}` : null}
                      </>
                    )}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
