import { AI_TOOL_COLUMNS } from "./ai-tool-columns";
import type { Column } from "./column";
import { ALL_DISCLOSURE_COLUMNS, LATEST_DISCLOSURE_COLUMNS } from "./disclosure-columns";
import { FACILITY_COLUMNS } from "./facility-columns";

// The bulk export files. Each is one query over one snapshot; sample facilities (fictional, for
// demonstration) are never in them. The order follows a unique index, so rows stream without a sort.

export const DATASET_NAMES = ["facilities", "disclosures-latest", "disclosures-all", "ai-tools"] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export interface Dataset {
  name: DatasetName;
  title: string;
  description: string;
  /** FROM … WHERE …: facilities as `f`. */
  from: string;
  orderBy: string;
  primaryKey: string[];
  columns: Column[];
}

export const DATASETS: Record<DatasetName, Dataset> = {
  facilities: {
    name: "facilities",
    title: "Facilities",
    description: "Every facility in the directory: identity, location and whether and when it has disclosed.",
    from: "facility f LEFT JOIN public_disclosure p ON p.facility_id = f.id WHERE NOT f.is_sample",
    orderBy: "f.id",
    primaryKey: ["facility_id"],
    columns: FACILITY_COLUMNS,
  },
  "disclosures-latest": {
    name: "disclosures-latest",
    title: "Current disclosures",
    description: "Each facility's current disclosure (its newest version not hidden by a moderator): one row per facility that has one.",
    from: "public_disclosure p JOIN disclosure_version v ON v.id = p.version_id JOIN facility f ON f.id = p.facility_id WHERE NOT f.is_sample",
    orderBy: "p.facility_id",
    primaryKey: ["facility_id"],
    columns: LATEST_DISCLOSURE_COLUMNS,
  },
  "disclosures-all": {
    name: "disclosures-all",
    title: "All disclosure versions",
    description:
      "Every version every facility has published, including replaced ones. A version hidden by a moderator keeps its row, with when and why, but not its answers.",
    from: "disclosure_version v JOIN facility f ON f.id = v.facility_id WHERE NOT f.is_sample",
    orderBy: "v.facility_id, v.number",
    primaryKey: ["version_id"],
    columns: ALL_DISCLOSURE_COLUMNS,
  },
  "ai-tools": {
    name: "ai-tools",
    title: "AI tools",
    description: "Each AI tool listed in a facility's current disclosure: one row per tool.",
    from: "public_ai_tool t JOIN facility f ON f.id = t.facility_id WHERE NOT f.is_sample",
    orderBy: "t.facility_id, t.position",
    primaryKey: ["facility_id", "position"],
    columns: AI_TOOL_COLUMNS,
  },
};

export const isDatasetName = (name: string): name is DatasetName => (DATASET_NAMES as readonly string[]).includes(name);

const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The dataset's rows, one column per catalogue entry, named as in the files. */
export function selectSql(dataset: Dataset): string {
  const columns = dataset.columns.map((column) => `${column.sql} AS ${identifier(column.name)}`).join(", ");
  return `SELECT ${columns} FROM ${dataset.from} ORDER BY ${dataset.orderBy}`;
}

/** How many rows the dataset's file has. */
export const countSql = (dataset: Dataset) => `SELECT count(*)::int AS count FROM ${dataset.from}`;
