import { DATASET_NAMES, DATASETS, isDatasetName, type Dataset } from "./datasets";
import { FORMAT_NAMES, FORMATS, isFormatName, type Format } from "./formats";

// The names of the files under /api/v1/exports/.

export const DATAPACKAGE_FILE = "datapackage.json";
export const DICTIONARY_FILE = "dictionary.csv";
export const EXPORTS_PATH = "/api/v1/exports";

export type ExportFile = { kind: "data"; dataset: Dataset; format: Format } | { kind: "datapackage" } | { kind: "dictionary" };

export const dataFileName = (dataset: string, format: string) => `${dataset}.${format}`;

export const ALL_FILES = [
  ...DATASET_NAMES.flatMap((name) => FORMAT_NAMES.map((format) => dataFileName(name, format))),
  DATAPACKAGE_FILE,
  DICTIONARY_FILE,
];

export function parseExportFile(file: string): ExportFile | null {
  if (file === DATAPACKAGE_FILE) return { kind: "datapackage" };
  if (file === DICTIONARY_FILE) return { kind: "dictionary" };
  const dot = file.lastIndexOf(".");
  const name = file.slice(0, dot);
  const format = file.slice(dot + 1);
  if (dot < 0 || !isDatasetName(name) || !isFormatName(format)) return null;
  return { kind: "data", dataset: DATASETS[name], format: FORMATS[format] };
}

/** A download's name says what it is and when it was taken: scanaware-facilities-2026-11-26.csv. */
export const downloadName = (file: string, now = new Date()) => {
  const dot = file.lastIndexOf(".");
  return `scanaware-${file.slice(0, dot)}-${now.toISOString().slice(0, 10)}${file.slice(dot)}`;
};
