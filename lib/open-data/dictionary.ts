import { stringify } from "csv-stringify/sync";
import { allowedValuesText } from "./column";
import { DATASET_NAMES, DATASETS } from "./datasets";

// The data dictionary: every column of every file, from the column catalogue. The /data/dictionary
// page shows the catalogue itself; this is its CSV.

export const DICTIONARY_HEADER = ["file", "column", "type", "required", "description", "allowed_values"] as const;

export function dictionaryCsv(): string {
  const rows = DATASET_NAMES.flatMap((name) =>
    DATASETS[name].columns.map((column) => [
      `${name}.csv`,
      column.name,
      column.type,
      column.required ? "yes" : "no",
      column.description,
      allowedValuesText(column),
    ]),
  );
  return stringify([[...DICTIONARY_HEADER], ...rows]);
}
