import { ArrowLeftRight } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ComparedFacility } from "@/lib/compare/data";
import type { CompareSection } from "@/lib/compare/model";
import { Link } from "@/lib/i18n/navigation";
import { CompareCellContent } from "./compare-cell";
import { FacilityHeading } from "./facility-heading";

// A real table, so a screen reader announces each answer with its question and its facility. On a
// narrow screen it scrolls sideways inside its own box with the questions' column held in place
// (position: sticky); printed, it lies flat on a landscape page.

const questionColumn = "sticky left-0 z-10 w-36 min-w-36 bg-paper p-3 text-left align-top sm:w-64 sm:min-w-64 print:static";

export async function DiffersMark() {
  const t = await getTranslations("compare");
  return (
    <Badge tone="info">
      <ArrowLeftRight aria-hidden="true" className="mr-1 inline size-4 align-[-0.15em]" />
      {t("differs")}
    </Badge>
  );
}

export async function CompareTable({
  facilities,
  sections,
  removeHref,
}: {
  facilities: ComparedFacility[];
  sections: CompareSection[];
  removeHref: (slug: string) => string;
}) {
  const t = await getTranslations("compare.table");
  return (
    <div
      role="region"
      aria-labelledby="compare-caption"
      // Focusable, so a keyboard can scroll it sideways. Positioned, so that the screen-reader-only
      // labels in far columns (absolutely positioned) scroll with it instead of widening the page.
      tabIndex={0}
      className="relative overflow-x-auto rounded-card border border-line print:overflow-visible print:border-0"
    >
      <table className="w-full border-collapse text-base">
        <caption id="compare-caption" className="sr-only">
          {t("caption", { count: facilities.length })}
        </caption>
        <thead>
          <tr className="border-b-4 border-ink">
            <th scope="col" className={`${questionColumn} border-l-8 border-l-transparent`}>
              {t("question")}
            </th>
            {facilities.map((facility) => (
              <th key={facility.slug} scope="col" className="p-3 text-left align-top">
                <FacilityHeading facility={facility} removeHref={removeHref(facility.slug)} />
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section.key}>
            <tr className="border-t-2 border-ink bg-paper-muted">
              <th scope="colgroup" colSpan={facilities.length + 1} className="p-3 text-left text-xl font-bold">
                <span className="sticky left-3 print:static">{section.title}</span>
              </th>
            </tr>
            {section.rows.map((row) => (
              <tr key={row.key} className="break-inside-avoid border-t border-line">
                <th
                  scope="row"
                  className={`${questionColumn} border-l-8 font-semibold ${row.differs ? "border-l-brand" : "border-l-transparent"}`}
                >
                  <span className="block">{row.label}</span>
                  {row.link ? (
                    <Link href={row.link.href} className="block font-normal">
                      {row.link.words}
                    </Link>
                  ) : null}
                  {row.differs ? (
                    <span className="mt-1 block">
                      <DiffersMark />
                    </span>
                  ) : null}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={facilities[index]!.slug} className="p-3 align-top break-words">
                    <CompareCellContent cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
