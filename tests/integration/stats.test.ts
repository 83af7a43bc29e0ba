import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as csvRoute } from "@/app/(english)/(public)/stats/statistics.csv/route";
import { GET as jsonRoute } from "@/app/api/v1/stats/route";
import { computeStatistics } from "@/lib/stats/data";
import { exportRows } from "@/lib/stats/export";
import type { SectionKey, Statistics } from "@/lib/stats/statistics";
import { createFacility, createMember } from "./support/accounts";
import { completePatch, given, UNKNOWN } from "./support/disclosure";
import { publishComplete } from "./support/disclosure-rows";

// The statistics count real facilities' current disclosures: a sample facility's never, an
// unanswered question as its own category, and the page, the CSV and the JSON give one set of numbers.

async function publisher(data: Parameters<typeof createFacility>[0]) {
  const facility = await createFacility(data);
  const admin = await createMember(facility, "FACILITY_ADMIN");
  return { f: facility.id, admin, editor: admin };
}

/** A section's rows as label → [count, out of], for short assertions. */
const counts = (statistics: Statistics, section: SectionKey) =>
  Object.fromEntries(statistics.sections[section].rows.map((row) => [row.label, [row.count, row.outOf]]));

describe("statistics", () => {
  let lakeside: Awaited<ReturnType<typeof publisher>>;
  let prairie: Awaited<ReturnType<typeof publisher>>;

  beforeAll(async () => {
    lakeside = await publisher({ state: "IL", kind: "IMAGING_CENTER" });
    prairie = await publisher({ state: "TX", kind: "HOSPITAL" });
    await createFacility({ state: "IL", kind: "HOSPITAL" });
    const sample = await publisher({ state: "IL", kind: "IMAGING_CENTER", isSample: true });
    await publishComplete(sample);
  });

  it("counts the directory, without sample facilities, before anything real is published", async () => {
    const statistics = await computeStatistics();
    expect(statistics).toMatchObject({ listed: 3, disclosed: 0, tools: 0 });
    expect(counts(statistics, "disclosed_by_state")).toEqual({ Illinois: [0, 2], Texas: [0, 1] });
    expect(counts(statistics, "opt_out_offered")).toEqual({ Yes: [0, 0], No: [0, 0], Unknown: [0, 0], "Declined to answer": [0, 0] });
    expect(statistics.sections.top_vendors.rows).toEqual([]);
  });

  describe("once two facilities have published", () => {
    beforeAll(async () => {
      // Lakeside: the complete disclosure (a vendor-cloud tool in Virginia, an on-site tool whose
      // vendor training was declined; AI-training sharing unknown; opt-out offered).
      await publishComplete(lakeside);
      const patch = completePatch();
      const [chest, quiet] = patch.aiTools;
      patch.practices.sharing.aiTraining = given("none");
      patch.practices.optOut.offered = UNKNOWN;
      patch.aiTools = [
        { ...chest!, vendor: "example  imaging AI, inc.", region: given("UNITED STATES (VIRGINIA)") },
        { ...quiet!, vendor: "Cloudy Reads LLC", runsWhere: given("hybrid"), region: UNKNOWN, vendorTraining: UNKNOWN },
      ];
      await publishComplete(prairie, patch);
    });

    it("counts facilities by state and kind, and each answer, unknown and declined apart from no", async () => {
      const statistics = await computeStatistics();
      expect(statistics).toMatchObject({ listed: 3, disclosed: 2, tools: 4 });
      expect(counts(statistics, "overview")).toEqual({
        "Facilities in the directory": [3, null],
        "Facilities with a published disclosure": [2, 3],
      });
      expect(counts(statistics, "disclosed_by_state")).toEqual({ Illinois: [1, 2], Texas: [1, 1] });
      expect(counts(statistics, "disclosed_by_kind")).toEqual({ Hospital: [1, 2], "Imaging center": [1, 1] });
      expect(counts(statistics, "uses_ai")).toEqual({ Yes: [2, 2], No: [0, 2], Unknown: [0, 2], "Declined to answer": [0, 2] });
      expect(counts(statistics, "opt_out_offered")).toEqual({ Yes: [1, 2], No: [0, 2], Unknown: [1, 2], "Declined to answer": [0, 2] });
      expect(counts(statistics, "ai_training_sharing")).toMatchObject({ "No, not shared": [1, 2], Unknown: [1, 2] });
      expect(counts(statistics, "runs_where")).toEqual({
        "On-site, on the facility's own computers": [1, 4],
        "In the facility's own cloud account": [0, 4],
        "In the vendor's cloud": [2, 4],
        "Partly on-site, partly in a cloud": [1, 4],
        Unknown: [0, 4],
        "Declined to answer": [0, 4],
      });
      expect(counts(statistics, "vendor_training")).toMatchObject({ "No, never": [2, 4], Unknown: [1, 4], "Declined to answer": [1, 4] });
    });

    it("groups regions and vendors ignoring case and spacing, and ranks vendors by facilities", async () => {
      const { sections } = await computeStatistics();
      expect(sections.cloud_regions.rows).toEqual([
        {
          key: "united states (virginia)",
          label: expect.stringMatching(/^united states \(virginia\)$/i),
          count: 2,
          outOf: 3,
          answered: true,
        },
        { key: "unknown", label: "Unknown", count: 1, outOf: 3, answered: false },
      ]);
      expect(sections.top_vendors.rows.map(({ key, count, outOf }) => [key, count, outOf])).toEqual([
        ["example imaging ai, inc.", 2, 2],
        ["cloudy reads llc", 1, 2],
        ["scanner maker corp.", 1, 2],
      ]);
    });

    it("gives the same numbers in the CSV download and the JSON API", async () => {
      const expected = exportRows(await computeStatistics());

      const csvResponse = await csvRoute(new Request("http://localhost/stats/statistics.csv"));
      expect(csvResponse.status).toBe(200);
      expect(csvResponse.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(csvResponse.headers.get("content-disposition")).toMatch(
        /^attachment; filename="scanaware-statistics-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const csv: Record<string, string>[] = parse(await csvResponse.text(), { columns: true });
      expect(Object.keys(csv[0]!)).toEqual(["section", "key", "label", "count", "out_of", "share", "answered"]);

      const jsonResponse = await jsonRoute(new Request("http://localhost/api/v1/stats"));
      expect(jsonResponse.status).toBe(200);
      const json = (await jsonResponse.json()).data;
      const etag = jsonResponse.headers.get("etag")!;
      const again = await jsonRoute(new Request("http://localhost/api/v1/stats", { headers: { "If-None-Match": etag } }));
      expect(again.status).toBe(304);
      expect(json).toMatchObject({ excludesSampleFacilities: true, listed: 3, disclosed: 2, tools: 4 });
      expect(json.rows).toEqual(expected);

      const asText = (row: (typeof expected)[number]) =>
        Object.fromEntries(Object.entries(row).map(([column, value]) => [column, value === null ? "" : String(value)]));
      expect(csv).toEqual(expected.map(asText));
      expect(csv.find((row) => row.section === "opt_out_offered" && row.key === "unknown")).toMatchObject({
        label: "Unknown",
        count: "1",
        out_of: "2",
        share: "0.5",
        answered: "false",
      });
    });
  });
});
