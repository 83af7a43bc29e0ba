import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildStatistics } from "@/lib/stats/build";
import { exportRows, statisticsCsv, statisticsJson } from "@/lib/stats/export";
import { formatCounted, formatShare } from "@/lib/stats/format-share";
import type { Counts } from "@/lib/stats/statistics";

const counts = (overrides: Partial<Counts> = {}): Counts => ({
  computedAt: new Date("2026-11-26T21:05:00Z"),
  facilities: [
    { state: "IL", kind: "HOSPITAL", listed: 10, disclosed: 2 },
    { state: "IL", kind: "IMAGING_CENTER", listed: 2, disclosed: 1 },
    { state: "AK", kind: "HOSPITAL", listed: 3, disclosed: 0 },
  ],
  usesAi: [{ value: "yes", count: 3 }],
  aiTrainingSharing: [
    { value: "none", count: 1 },
    { value: "not_disclosed", count: 2 },
  ],
  optOutOffered: [
    { value: "no", count: 1 },
    { value: "declined", count: 2 },
  ],
  runsWhere: [
    { value: "vendor_cloud", count: 3 },
    { value: "edge_device", count: 1 },
  ],
  vendorTraining: [{ value: "unknown", count: 4 }],
  cloudRegions: [
    { key: "united states", label: "United States", count: 2 },
    { key: "unknown", label: "unknown", count: 1 },
  ],
  vendors: [{ key: "acme ai", label: "Acme AI", count: 2 }],
  tools: 4,
  facilitiesWithTools: 3,
  ...overrides,
});

const labelled = (rows: { label: string; count: number }[]) => rows.map(({ label, count }) => [label, count]);

describe("buildStatistics", () => {
  const { sections, listed, disclosed } = buildStatistics(counts());

  it("adds facilities up by state (by name) and by kind (in the kinds' order)", () => {
    expect([listed, disclosed]).toEqual([15, 3]);
    expect(sections.disclosed_by_state.rows.map(({ key, label, count, outOf }) => [key, label, count, outOf])).toEqual([
      ["AK", "Alaska", 0, 3],
      ["IL", "Illinois", 3, 12],
    ]);
    expect(sections.disclosed_by_kind.rows.map(({ label, count, outOf }) => [label, count, outOf])).toEqual([
      ["Hospital", 2, 13],
      ["Imaging center", 1, 2],
    ]);
  });

  it("lists every answer, then unknown and declined even at zero, and other reasons only when given", () => {
    expect(labelled(sections.opt_out_offered.rows)).toEqual([
      ["Yes", 0],
      ["No", 1],
      ["Unknown", 0],
      ["Declined to answer", 2],
    ]);
    expect(labelled(sections.ai_training_sharing.rows)).toEqual([
      ["Yes, in a form that can identify the patient", 0],
      ["Yes, de-identified", 0],
      ["No, not shared", 1],
      ["Unknown", 0],
      ["Declined to answer", 0],
      ["Not disclosed", 2],
    ]);
    expect(sections.ai_training_sharing.rows.filter((row) => !row.answered).map((row) => row.key)).toEqual([
      "unknown",
      "declined",
      "not_disclosed",
    ]);
  });

  it("keeps a value it has no label for, so the counts still add up", () => {
    const rows = sections.runs_where.rows;
    expect(rows.find((row) => row.key === "edge_device")).toMatchObject({ label: "edge_device", count: 1, outOf: 4 });
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(4);
  });

  it("labels the same rows in Spanish for the Spanish page, states in Spanish and in its alphabetical order", () => {
    const spanish = buildStatistics(
      counts({ facilities: [...counts().facilities, { state: "NY", kind: "MOBILE_UNIT", listed: 1, disclosed: 0 }] }),
      "es",
    ).sections;
    expect(spanish.disclosed_by_state.rows.map(({ label }) => label)).toEqual(["Alaska", "Illinois", "Nueva York"]);
    expect(spanish.disclosed_by_kind.rows.map(({ label }) => label)).toEqual([
      "Hospital",
      "Centro de imágenes",
      "Unidad móvil de imágenes",
    ]);
    expect(labelled(spanish.opt_out_offered.rows)).toEqual([
      ["Sí", 0],
      ["No", 1],
      ["Desconocido", 0],
      ["Se negó a responder", 2],
    ]);
    expect(spanish.ai_training_sharing.rows.at(-1)).toMatchObject({ key: "not_disclosed", label: "No informado", answered: false });
    expect(spanish.cloud_regions.rows.map(({ label }) => label)).toEqual(["United States", "Desconocido"]);
  });

  it("labels a region that was not answered by why, and shares are of the cloud tools", () => {
    expect(sections.cloud_regions.rows).toEqual([
      { key: "united states", label: "United States", count: 2, outOf: 3, answered: true },
      { key: "unknown", label: "Unknown", count: 1, outOf: 3, answered: false },
    ]);
    expect(sections.top_vendors.rows).toEqual([{ key: "acme ai", label: "Acme AI", count: 2, outOf: 3, answered: true }]);
  });
});

describe("formatShare", () => {
  it("rounds to whole percentages without turning a few into none or most into all", () => {
    expect(formatShare({ count: 1, outOf: 3 }, "en")).toBe("33%");
    expect(formatShare({ count: 0, outOf: 3 }, "en")).toBe("0%");
    expect(formatShare({ count: 1, outOf: 1000 }, "en")).toBe("less than 1%");
    expect(formatShare({ count: 999, outOf: 1000 }, "en")).toBe("more than 99%");
    expect(formatShare({ count: 5, outOf: 5 }, "en")).toBe("100%");
    expect(formatShare({ count: 0, outOf: 0 }, "en")).toBe("");
    expect(formatShare({ count: 5, outOf: null }, "en")).toBe("");
    expect(formatShare({ count: 1, outOf: 1000 }, "es")).toBe("menos del 1%");
    expect(formatShare({ count: 999, outOf: 1000 }, "es")).toBe("más del 99%");
  });

  it("counts in words", () => {
    expect([
      formatCounted(1, "facilities", "en"),
      formatCounted(1200, "facilities", "en"),
      formatCounted(1, "tools", "en"),
      formatCounted(0, "tools", "en"),
      formatCounted(1, "facilities", "es"),
      formatCounted(12000, "tools", "es"),
    ]).toEqual(["1 facility", "1,200 facilities", "1 tool", "0 tools", "1 centro", "12,000 herramientas"]);
  });
});

describe("CSV and JSON", () => {
  it("write the same rows, with shares to 4 places and no share where there is nothing to divide by", () => {
    const statistics = buildStatistics(counts());
    const rows = exportRows(statistics);
    expect(rows[0]).toEqual({
      section: "overview",
      key: "listed",
      label: "Facilities in the directory",
      count: 15,
      out_of: null,
      share: null,
      answered: true,
    });
    expect(rows.find((row) => row.section === "disclosed_by_state" && row.key === "IL")).toMatchObject({
      count: 3,
      out_of: 12,
      share: 0.25,
    });
    expect(rows.find((row) => row.section === "runs_where" && row.key === "vendor_cloud")).toMatchObject({ share: 0.75 });

    const csv: Record<string, string>[] = parse(statisticsCsv(statistics), { columns: true });
    expect(csv).toHaveLength(rows.length);
    expect(csv[0]).toEqual({
      section: "overview",
      key: "listed",
      label: "Facilities in the directory",
      count: "15",
      out_of: "",
      share: "",
      answered: "true",
    });
    expect(statisticsJson(statistics)).toMatchObject({ computedAt: "2026-11-26T21:05:00.000Z", excludesSampleFacilities: true, rows });
  });

  it("escapes a facility-typed name a spreadsheet would run as a formula", () => {
    const statistics = buildStatistics(counts({ vendors: [{ key: "=hyperlink(1)", label: "=HYPERLINK(1)", count: 1 }] }));
    const csv: Record<string, string>[] = parse(statisticsCsv(statistics), { columns: true });
    expect(csv.find((row) => row.section === "top_vendors")?.label).toBe("'=HYPERLINK(1)");
  });
});
