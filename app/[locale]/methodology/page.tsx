import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { RUBRIC, RUBRIC_CHANGELOG, RUBRIC_POINTS, RUBRIC_VERSION, rubricTexts, type RubricTexts } from "@/lib/score/rubric";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("score.methodology");
  return { title: t("title") };
}

const facilityItems = RUBRIC.filter((item) => item.scope === "facility");
const toolItems = RUBRIC.filter((item) => item.scope === "tool");

async function RubricTable({ caption, items, texts }: { caption: string; items: typeof RUBRIC; texts: RubricTexts }) {
  const t = await getTranslations("score.methodology.rubric");
  return (
    <DataTable caption={caption} columns={[t("item"), t("earns"), t("points")]}>
      {items.map((item) => (
        <tr key={item.id} className="border-b border-line align-top">
          <th scope="row" className="py-2 pr-4 text-left font-semibold">
            {texts.items[item.id].title}
          </th>
          <td className="py-2 pr-4">{texts.items[item.id].earns}</td>
          <td className="py-2 pr-4 tabular-nums">{item.points}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export default async function MethodologyPage() {
  const t = await getTranslations("score.methodology");
  const locale = await getLocale();
  const texts = rubricTexts(locale);
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-4xl font-bold">{t("title")}</h1>
        <p className="text-xl">{t.rich("intro", { version: RUBRIC_VERSION, strong })}</p>
      </header>

      <Section id="measures-heading" title={t("measures.title")}>
        <p>{t("measures.points")}</p>
        <p>{t.rich("measures.notGood", { strong, search: (chunks) => <Link href="/facilities">{chunks}</Link> })}</p>
        <p>{t("measures.notTrue")}</p>
      </Section>

      <Section id="answers-heading" title={t("answers.title")}>
        <ul className="list-disc space-y-2 pl-6">
          {(["answer", "unknown", "notApplicable", "missing", "notYet", "allNotApplicable"] as const).map((key) => (
            <li key={key}>{t.rich(`answers.${key}`, { strong })}</li>
          ))}
        </ul>
      </Section>

      <Section id="rubric-heading" title={t("rubric.title", { version: RUBRIC_VERSION })}>
        <p>{t("rubric.total", { items: RUBRIC.length, points: RUBRIC_POINTS })}</p>
        <RubricTable caption={t("rubric.facility")} items={facilityItems} texts={texts} />
        <RubricTable caption={t("rubric.tool")} items={toolItems} texts={texts} />
      </Section>

      <Section id="tools-heading" title={t("tools.title")}>
        <p>{t("tools.average", { item: texts.items["tool-runs-where"].title })}</p>
        <p>{t("tools.none")}</p>
      </Section>

      <Section id="versions-heading" title={t("versions.title")}>
        <p>{t("versions.text")}</p>
        <ul className="list-disc space-y-1 pl-6">
          {RUBRIC_CHANGELOG.toReversed().map((entry) => (
            <li key={entry.version}>
              <strong>{entry.version}</strong> — {texts.changes[entry.version].replace(/\.$/, "")},{" "}
              <time dateTime={entry.date}>{formatDate(new Date(`${entry.date}T12:00:00Z`), locale)}</time>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
