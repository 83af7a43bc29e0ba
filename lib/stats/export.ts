import { stringify } from "csv-stringify/sync";
import { SECTION_KEYS, shareOf, type SectionKey, type Statistics } from "./statistics";

// The statistics as flat rows, for the CSV download and the JSON API: one row per count, with the
// same share the page shows (rounded only for display there).

export interface ExportRow {
  section: SectionKey;
  key: string;
  label: string;
  count: number;
  out_of: number | null;
  /** count / out_of, to 4 decimal places; null when out_of is null or 0. */
  share: number | null;
  answered: boolean;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

export function exportRows(statistics: Statistics): ExportRow[] {
  return SECTION_KEYS.flatMap((section) =>
    statistics.sections[section].rows.map((row) => {
      const share = shareOf(row);
      return {
        section,
        key: row.key,
        label: row.label,
        count: row.count,
        out_of: row.outOf,
        share: share === null ? null : round4(share),
        answered: row.answered,
      };
    }),
  );
}

const COLUMNS = ["section", "key", "label", "count", "out_of", "share", "answered"] as const;

/**
 * CSV with a header row. Vendor and region names are typed by facilities, so a cell that a
 * spreadsheet would run as a formula (=, +, -, @) is escaped.
 */
export function statisticsCsv(statistics: Statistics): string {
  return stringify(exportRows(statistics), {
    header: true,
    columns: [...COLUMNS],
    escape_formulas: true,
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
}

/** The JSON API's body: when, what is left out, the totals and every row. */
export function statisticsJson(statistics: Statistics) {
  return {
    computedAt: statistics.computedAt.toISOString(),
    excludesSampleFacilities: true,
    listed: statistics.listed,
    disclosed: statistics.disclosed,
    tools: statistics.tools,
    rows: exportRows(statistics),
  };
}
