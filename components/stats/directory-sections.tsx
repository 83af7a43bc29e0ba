import { Section } from "@/components/ui/section";
import { formatCount, INTL_LOCALE } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { formatCounted, formatShare } from "@/lib/stats/format-share";
import type { Statistics, StatRow } from "@/lib/stats/statistics";
import { statsWords } from "@/lib/stats/words";
import { StatFigure } from "./stat-figure";
import { StatTable } from "./stat-table";

const TOP_STATES = 10;

/** States with the most disclosures first; a tie goes to the larger share, then the name. */
function topStates(rows: StatRow[], locale: Locale): StatRow[] {
  const share = (row: StatRow) => row.count / (row.outOf || 1);
  return rows
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || share(b) - share(a) || a.label.localeCompare(b.label, INTL_LOCALE[locale]))
    .slice(0, TOP_STATES);
}

/** How many facilities in the directory have published a disclosure: overall, by kind and by state. */
export function DirectorySections({ statistics, locale }: { statistics: Statistics; locale: Locale }) {
  const t = statsWords(locale);
  const { sections, listed, disclosed } = statistics;
  const disclosedRow = sections.overview.rows.find((row) => row.key === "disclosed")!;
  const byState = sections.disclosed_by_state;
  const top = topStates(byState.rows, locale);
  return (
    <Section id="disclosed" title={t("directory.title")}>
      <p className="text-xl" data-testid="disclosed-count">
        {t.rich("directory.count", {
          strong: (chunks) => <strong className="text-3xl font-bold">{chunks}</strong>,
          disclosed: formatCount(disclosed, locale),
          disclosedCount: disclosed,
          facilities: formatCounted(listed, "facilities", locale),
          listedCount: listed,
          share: formatShare(disclosedRow, locale),
        })}
      </p>
      {disclosed > 0 ? (
        <div className="space-y-10">
          <StatFigure
            section={sections.disclosed_by_kind}
            caption={t("directory.byKind")}
            labelHeading={t("directory.kind")}
            locale={locale}
            rate
          />
          <StatFigure
            section={byState}
            caption={t("directory.topStates", { count: top.length })}
            labelHeading={t("directory.state")}
            locale={locale}
            rows={top}
            rate
          >
            {t("directory.allStatesNote")}
          </StatFigure>
          <StatTable
            caption={t("directory.allStates")}
            rows={byState.rows}
            counted="facilities"
            labelHeading={t("directory.state")}
            locale={locale}
            rate
          />
        </div>
      ) : null}
    </Section>
  );
}
