import { Section } from "@/components/ui/section";
import { formatCount } from "@/lib/format";
import { formatShare } from "@/lib/stats/format-share";
import type { Statistics, StatRow } from "@/lib/stats/statistics";
import { StatFigure } from "./stat-figure";
import { StatTable } from "./stat-table";

const TOP_STATES = 10;

/** States with the most disclosures first; a tie goes to the larger share, then the name. */
function topStates(rows: StatRow[]): StatRow[] {
  const share = (row: StatRow) => row.count / (row.outOf || 1);
  return rows
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || share(b) - share(a) || a.label.localeCompare(b.label, "en-US"))
    .slice(0, TOP_STATES);
}

/** How many facilities in the directory have published a disclosure: overall, by kind and by state. */
export function DirectorySections({ statistics }: { statistics: Statistics }) {
  const { sections, listed, disclosed } = statistics;
  const disclosedRow = sections.overview.rows.find((row) => row.key === "disclosed")!;
  const byState = sections.disclosed_by_state;
  const top = topStates(byState.rows);
  return (
    <Section id="disclosed" title="Facilities that have disclosed">
      <p className="text-xl" data-testid="disclosed-count">
        <strong className="text-3xl font-bold">{formatCount(disclosed)}</strong> of {formatCount(listed)}{" "}
        {listed === 1 ? "facility" : "facilities"} in the directory {disclosed === 1 ? "has" : "have"} published a disclosure
        {listed ? ` (${formatShare(disclosedRow)})` : ""}.
      </p>
      {disclosed > 0 ? (
        <div className="space-y-10">
          <StatFigure section={sections.disclosed_by_kind} caption="By kind of facility" labelHeading="Kind" rate />
          <StatFigure
            section={byState}
            caption={top.length === 1 ? "The state with disclosures" : `The ${top.length} states with the most disclosures`}
            labelHeading="State"
            rows={top}
            rate
          >
            Every state and territory is in the next table.
          </StatFigure>
          <StatTable caption="Every state and territory" rows={byState.rows} counted="facilities" labelHeading="State" rate />
        </div>
      ) : null}
    </Section>
  );
}
