import type { FacilityKindValue } from "@/lib/facilities/schema";

// What the statistics are made of, in two stages: the counts the database returns (`Counts`), and
// the labelled sections the page, the CSV and the JSON all show (`Statistics`). Client-safe.

/** How many facilities or tools gave one answer (the value, or the word for why not answered). */
export interface ValueCount {
  value: string;
  count: number;
}

/** Free text grouped ignoring case and spacing: the grouping key, its most common spelling, how many. */
export interface TextCount {
  key: string;
  label: string;
  count: number;
}

export interface Counts {
  computedAt: Date;
  /** Real (not sample) facilities, by state and kind: in the directory, and with a published disclosure. */
  facilities: { state: string; kind: FacilityKindValue; listed: number; disclosed: number }[];
  /** Answers of published disclosures, one per facility. */
  usesAi: ValueCount[];
  aiTrainingSharing: ValueCount[];
  optOutOffered: ValueCount[];
  /** Answers about each AI tool of the published disclosures. */
  runsWhere: ValueCount[];
  vendorTraining: ValueCount[];
  /** Regions named for tools that run in a cloud (facility's, vendor's or hybrid). */
  cloudRegions: TextCount[];
  /** The most common vendors; `count` is how many facilities name them. */
  vendors: TextCount[];
  tools: number;
  /** Facilities whose published disclosure names at least one AI tool. */
  facilitiesWithTools: number;
}

export const SECTION_KEYS = [
  "overview",
  "disclosed_by_kind",
  "disclosed_by_state",
  "uses_ai",
  "runs_where",
  "cloud_regions",
  "ai_training_sharing",
  "vendor_training",
  "opt_out_offered",
  "top_vendors",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface StatRow {
  key: string;
  label: string;
  count: number;
  /** What `count` is a share of; null where a share means nothing (the directory's size). */
  outOf: number | null;
  /** False for "unknown", "declined", "not applicable" and "not disclosed": no answer, and why. */
  answered: boolean;
}

export interface StatSection {
  key: SectionKey;
  /** What each count counts. */
  counted: "facilities" | "tools";
  rows: StatRow[];
}

export interface Statistics {
  computedAt: Date;
  listed: number;
  disclosed: number;
  tools: number;
  sections: Record<SectionKey, StatSection>;
}

/** A count as a fraction of what it is out of; null when there is nothing to divide by. */
export function shareOf({ count, outOf }: Pick<StatRow, "count" | "outOf">): number | null {
  return outOf ? count / outOf : null;
}
