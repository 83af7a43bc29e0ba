import { Section } from "@/components/ui/section";
import type { Locale } from "@/lib/i18n/routing";
import { formatCounted } from "@/lib/stats/format-share";
import type { Statistics } from "@/lib/stats/statistics";
import { statsWords } from "@/lib/stats/words";
import { StatFigure } from "./stat-figure";

/** What the published disclosures say: AI use, where tools run, training, opting out, vendors. */
export function DisclosureSections({ statistics, locale }: { statistics: Statistics; locale: Locale }) {
  const t = statsWords(locale);
  const { sections, tools } = statistics;
  const cloudTools = sections.cloud_regions.rows.reduce((sum, row) => sum + row.count, 0);
  const noTools = <p>{t("noTools")}</p>;
  return (
    <>
      <Section id="uses-ai" title={t("usesAi.title")}>
        <StatFigure section={sections.uses_ai} caption={t("usesAi.caption")} labelHeading={t("answer")} locale={locale} />
      </Section>

      <Section id="where" title={t("where.title")}>
        {tools === 0 ? (
          noTools
        ) : (
          <div className="space-y-10">
            <StatFigure section={sections.runs_where} caption={t("where.caption")} labelHeading={t("where.heading")} locale={locale}>
              {t("where.note", { tools: formatCounted(tools, "tools", locale) })}
            </StatFigure>
            {cloudTools > 0 ? (
              <StatFigure
                section={sections.cloud_regions}
                caption={t("where.cloudCaption")}
                labelHeading={t("where.cloudHeading")}
                locale={locale}
              >
                {t("where.cloudNote")}
              </StatFigure>
            ) : (
              <p>{t("where.noCloud")}</p>
            )}
          </div>
        )}
      </Section>

      <Section id="training" title={t("training.title")}>
        <div className="space-y-10">
          <StatFigure
            section={sections.ai_training_sharing}
            caption={t("training.sharingCaption")}
            labelHeading={t("answer")}
            locale={locale}
          />
          {tools > 0 ? (
            <StatFigure section={sections.vendor_training} caption={t("training.vendorCaption")} labelHeading={t("answer")} locale={locale}>
              {t("training.vendorNote")}
            </StatFigure>
          ) : null}
        </div>
      </Section>

      <Section id="opt-out" title={t("optOut.title")}>
        <StatFigure section={sections.opt_out_offered} caption={t("optOut.caption")} labelHeading={t("answer")} locale={locale} />
      </Section>

      <Section id="vendors" title={t("vendors.title")}>
        {tools === 0 ? (
          noTools
        ) : (
          <StatFigure
            section={sections.top_vendors}
            caption={t("vendors.caption", { count: sections.top_vendors.rows.length })}
            labelHeading={t("vendors.heading")}
            locale={locale}
          >
            {t("vendors.note")}
          </StatFigure>
        )}
      </Section>
    </>
  );
}
