import "server-only";
import fs from "node:fs";
import { parse } from "csv-parse";
import { mapCmsHeader } from "./cms-columns";
import { isSkipped, repairCmsRow, type CmsFacility, type SkippedRow } from "./cms-row";
import { importCmsFacilities, type ImportCounts } from "./data-import";

export interface ImportReport extends ImportCounts {
  rows: number;
  skipped: SkippedRow[];
}

export class MissingColumnsError extends Error {
  constructor(readonly missing: string[]) {
    super(
      `The file lacks ${missing.length === 1 ? "a required column" : "required columns"}: ${missing.join("; ")}. Nothing was imported.`,
    );
    this.name = "MissingColumnsError";
  }
}

const BATCH_SIZE = 500;

/**
 * Streams a CMS "Hospital General Information" CSV into the directory: the file is read a batch
 * at a time, so memory stays flat whatever its size (but for the set of IDs already seen, to
 * report duplicates). The header is checked before anything is written.
 */
export async function importCmsFile(file: string, onProgress: (rows: number) => void = () => {}): Promise<ImportReport> {
  const records = fs
    .createReadStream(file)
    .pipe(parse({ bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, info: true }))
    [Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;

  const header = await records.next();
  if (header.done) throw new MissingColumnsError(["a header row"]);
  const { index, missing } = mapCmsHeader(header.value.record);
  if (missing.length > 0) {
    records.return?.();
    throw new MissingColumnsError(missing);
  }

  const report: ImportReport = { rows: 0, inserted: 0, updated: 0, unchanged: 0, skipped: [] };
  const firstRowOf = new Map<string, number>();

  async function* batches(): AsyncGenerator<CmsFacility[]> {
    let batch: CmsFacility[] = [];
    for (let next = await records.next(); !next.done; next = await records.next()) {
      const row = next.value.info.lines;
      report.rows += 1;
      const result = repairCmsRow(next.value.record, index, row);
      if (isSkipped(result)) {
        report.skipped.push(result);
      } else if (firstRowOf.has(result.ccn)) {
        report.skipped.push({ row, field: "Facility ID", reason: `duplicate of row ${firstRowOf.get(result.ccn)}` });
      } else {
        firstRowOf.set(result.ccn, row);
        batch.push(result);
      }
      if (batch.length === BATCH_SIZE) {
        yield batch;
        batch = [];
        onProgress(report.rows);
      }
    }
    yield batch;
    onProgress(report.rows);
  }

  Object.assign(report, await importCmsFacilities(batches()));
  return report;
}
