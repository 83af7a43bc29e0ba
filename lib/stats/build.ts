import { FACILITY_KINDS, type FacilityKindValue } from "@/lib/facilities/schema";
import type { UsState } from "@/lib/facilities/us-states";
import { INTL_LOCALE } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { answerRows, textRows } from "./answer-rows";
import { rowLabels } from "./row-labels";
import type { Counts, SectionKey, StatRow, StatSection, Statistics, ValueCount } from "./statistics";

// The counts from the database as the labelled sections every view of the statistics shows, so
// the page, the CSV and the JSON cannot disagree. Only the labels change with the language.

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

const kindOrder = (key: string) => FACILITY_KINDS.indexOf(key as (typeof FACILITY_KINDS)[number]);

/** Labelled in English unless asked: the CSV and the API publish English labels, whatever the page's language. */
export function buildStatistics(counts: Counts, locale: Locale = "en"): Statistics {
  const labels = rowLabels(locale);
  const listed = counts.facilities.reduce((sum, row) => sum + row.listed, 0);
  const disclosed = counts.facilities.reduce((sum, row) => sum + row.disclosed, 0);
  const cloudTools = counts.cloudRegions.reduce((sum, row) => sum + row.count, 0);
  const byKind = groupFacilities(
    counts.facilities,
    (row) => row.kind,
    (kind) => labels.kinds[kind as FacilityKindValue],
  );
  const byState = groupFacilities(
    counts.facilities,
    (row) => row.state,
    (code) => labels.states[code as UsState] ?? code,
  );
  const answers = (values: ValueCount[], words: Record<string, string>, outOf: number) => answerRows(values, words, labels.noAnswer, outOf);

  const section = (key: SectionKey, counted: StatSection["counted"], rows: StatRow[]): StatSection => ({ key, counted, rows });

  return {
    computedAt: counts.computedAt,
    listed,
    disclosed,
    tools: counts.tools,
    sections: {
      overview: section("overview", "facilities", [
        { key: "listed", label: labels.listed, count: listed, outOf: null, answered: true },
        { key: "disclosed", label: labels.disclosed, count: disclosed, outOf: listed, answered: true },
      ]),
      disclosed_by_kind: section("disclosed_by_kind", "facilities", rateRows(byKind.sort((a, b) => kindOrder(a.key) - kindOrder(b.key)))),
      disclosed_by_state: section(
        "disclosed_by_state",
        "facilities",
        rateRows(byState.sort((a, b) => a.label.localeCompare(b.label, INTL_LOCALE[locale]))),
      ),
      uses_ai: section("uses_ai", "facilities", answers(counts.usesAi, labels.yesNo, disclosed)),
      runs_where: section("runs_where", "tools", answers(counts.runsWhere, labels.options.runsWhere, counts.tools)),
      cloud_regions: section("cloud_regions", "tools", textRows(counts.cloudRegions, labels.noAnswer, cloudTools)),
      ai_training_sharing: section(
        "ai_training_sharing",
        "facilities",
        answers(counts.aiTrainingSharing, labels.options.sharingLevel, disclosed),
      ),
      vendor_training: section("vendor_training", "tools", answers(counts.vendorTraining, labels.options.vendorTraining, counts.tools)),
      opt_out_offered: section("opt_out_offered", "facilities", answers(counts.optOutOffered, labels.yesNo, disclosed)),
      top_vendors: section("top_vendors", "facilities", textRows(counts.vendors, labels.noAnswer, counts.facilitiesWithTools)),
    },
  };
}
