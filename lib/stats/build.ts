import { OPTION_LABELS } from "@/lib/disclosures/labels";
import { FACILITY_KIND_LABELS, FACILITY_KINDS } from "@/lib/facilities/schema";
import { US_STATES } from "@/lib/facilities/us-states";
import { answerRows, textRows } from "./answer-rows";
import type { Counts, SectionKey, StatRow, StatSection, Statistics } from "./statistics";

// The counts from the database as the labelled sections every view of the statistics shows, so
// the page, the CSV and the JSON cannot disagree.

const YES_NO = { yes: "Yes", no: "No" };

interface Group {
  key: string;
  label: string;
  listed: number;
  disclosed: number;
}

/** Facilities in the directory and with a disclosure, summed by `keyOf`. */
function groupFacilities(
  facilities: Counts["facilities"],
  keyOf: (row: Counts["facilities"][number]) => string,
  labelOf: (key: string) => string,
) {
  const groups = new Map<string, Group>();
  for (const row of facilities) {
    const key = keyOf(row);
    const group = groups.get(key) ?? { key, label: labelOf(key), listed: 0, disclosed: 0 };
    group.listed += row.listed;
    group.disclosed += row.disclosed;
    groups.set(key, group);
  }
  return [...groups.values()];
}

const rateRows = (groups: Group[]): StatRow[] =>
  groups.map(({ key, label, listed, disclosed }) => ({ key, label, count: disclosed, outOf: listed, answered: true }));

const stateName = (code: string) => (US_STATES as Record<string, string>)[code] ?? code;
const kindOrder = (key: string) => FACILITY_KINDS.indexOf(key as (typeof FACILITY_KINDS)[number]);

export function buildStatistics(counts: Counts): Statistics {
  const listed = counts.facilities.reduce((sum, row) => sum + row.listed, 0);
  const disclosed = counts.facilities.reduce((sum, row) => sum + row.disclosed, 0);
  const cloudTools = counts.cloudRegions.reduce((sum, row) => sum + row.count, 0);
  const byKind = groupFacilities(
    counts.facilities,
    (row) => row.kind,
    (kind) => FACILITY_KIND_LABELS[kind as keyof typeof FACILITY_KIND_LABELS],
  );
  const byState = groupFacilities(counts.facilities, (row) => row.state, stateName);

  const section = (key: SectionKey, title: string, counted: StatSection["counted"], rows: StatRow[]): StatSection => ({
    key,
    title,
    counted,
    rows,
  });

  return {
    computedAt: counts.computedAt,
    listed,
    disclosed,
    tools: counts.tools,
    sections: {
      overview: section("overview", "The registry", "facilities", [
        { key: "listed", label: "Facilities in the directory", count: listed, outOf: null, answered: true },
        { key: "disclosed", label: "Facilities with a published disclosure", count: disclosed, outOf: listed, answered: true },
      ]),
      disclosed_by_kind: section(
        "disclosed_by_kind",
        "Facilities with a published disclosure, by kind",
        "facilities",
        rateRows(byKind.sort((a, b) => kindOrder(a.key) - kindOrder(b.key))),
      ),
      disclosed_by_state: section(
        "disclosed_by_state",
        "Facilities with a published disclosure, by state",
        "facilities",
        rateRows(byState.sort((a, b) => a.label.localeCompare(b.label, "en-US"))),
      ),
      uses_ai: section("uses_ai", "Facilities that use AI on patients' images", "facilities", answerRows(counts.usesAi, YES_NO, disclosed)),
      runs_where: section("runs_where", "Where AI tools run", "tools", answerRows(counts.runsWhere, OPTION_LABELS.runsWhere, counts.tools)),
      cloud_regions: section(
        "cloud_regions",
        "Where cloud AI tools run: country or region",
        "tools",
        textRows(counts.cloudRegions, cloudTools),
      ),
      ai_training_sharing: section(
        "ai_training_sharing",
        "Facilities that share images or reports to train AI",
        "facilities",
        answerRows(counts.aiTrainingSharing, OPTION_LABELS.sharingLevel, disclosed),
      ),
      vendor_training: section(
        "vendor_training",
        "AI tools whose vendor may train its models on the data",
        "tools",
        answerRows(counts.vendorTraining, OPTION_LABELS.vendorTraining, counts.tools),
      ),
      opt_out_offered: section(
        "opt_out_offered",
        "Facilities where patients can opt out",
        "facilities",
        answerRows(counts.optOutOffered, YES_NO, disclosed),
      ),
      top_vendors: section("top_vendors", "Most common AI vendors", "facilities", textRows(counts.vendors, counts.facilitiesWithTools)),
    },
  };
}
