import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hideVersion } from "@/lib/disclosures/data-versions";
import { getExportSummary } from "@/lib/open-data/data";
import { DATASET_NAMES, DATASETS } from "@/lib/open-data/datasets";
import { DICTIONARY_HEADER } from "@/lib/open-data/dictionary";
import { FORMAT_NAMES } from "@/lib/open-data/formats";
import { RUBRIC_VERSION } from "@/lib/score/rubric";
import { createFacility, createMember, createUser, nextIp } from "./support/accounts";
import { completePatch, given } from "./support/disclosure";
import { createVersion, publishComplete } from "./support/disclosure-rows";
import { asCsv, parseExport, readExport } from "./support/exports";

// Every file in every format, on a facility whose words contain what breaks naive CSV and JSON
// writers, a version a moderator hid, and a sample facility that must appear nowhere.

const TRICKY = 'Saint "Quoted", Ñandú Clínica\\Imaging — 東京\nsecond line';
const HIDDEN_WORDS = "Text only the hidden version has";

let tricky: { id: string; visibleVersion: string; hiddenVersion: string };
let sampleId: string;

beforeAll(async () => {
  const facility = await createFacility({ name: TRICKY, address: `1 Main St, "Suite 5"\r\nBack\\slash`, ccn: "010001", npi: "1234567893" });
  const team = { f: facility.id, admin: await createMember(facility, "FACILITY_ADMIN"), editor: await createMember(facility, "EDITOR") };
  const patch = completePatch();
  patch.practices.privacyContact = given(TRICKY);
  patch.aiTools[0]!.note = TRICKY;
  await publishComplete(team, patch);
  patch.practices.privacyContact = given(HIDDEN_WORDS);
  await publishComplete(team, patch);
  const versions = await db().disclosureVersion.findMany({ where: { facilityId: facility.id }, orderBy: { number: "asc" } });
  await hideVersion(await createUser({ role: "MODERATOR" }), versions[1]!.id, "It named a patient.", nextIp());
  tricky = { id: facility.id, visibleVersion: versions[0]!.id, hiddenVersion: versions[1]!.id };

  const sample = await createFacility({ isSample: true, name: "Sample Imaging (fictional)" });
  await createVersion(sample);
  sampleId = sample.id;
  await createFacility({ name: "Quiet Hospital", ccn: "020002" });
});

const FILES = DATASET_NAMES.flatMap((name) => FORMAT_NAMES.map((format) => [name, format] as const));

describe("every export file", () => {
  it.each(FILES)("%s.%s parses, has the catalogue's columns, stable ids, and no sample facility", async (name, format) => {
    const { response, body } = await readExport(`${name}.${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(
      { csv: /^text\/csv/, json: /^application\/json/, ndjson: /^application\/x-ndjson/ }[format],
    );
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="scanaware-${name}-\\d{4}-\\d\\d-\\d\\d\\.${format}"$`),
    );
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);

    const { columns, rows } = parseExport(format, body);
    expect(rows.length).toBeGreaterThan(0);
    expect(columns).toEqual(DATASETS[name].columns.map((column) => column.name));
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(columns);
      expect(row.facility_id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(rows.find((row) => row.facility_id === tricky.id)).toMatchObject({ ccn: "010001", npi: "1234567893" });
    expect(body).not.toContain(sampleId);
  });

  it.each(DATASET_NAMES)("%s holds the same values in CSV, JSON and NDJSON", async (name) => {
    const read = async (format: string) => parseExport(format, (await readExport(`${name}.${format}`)).body);
    const [csv, json, ndjson] = await Promise.all([read("csv"), read("json"), read("ndjson")]);
    expect(ndjson.rows).toEqual(json.rows);
    expect(csv.rows).toEqual(json.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, asCsv(value)]))));
  });

  it("keeps quotes, commas, backslashes, line breaks and non-ASCII letters exactly", async () => {
    for (const format of FORMAT_NAMES) {
      const facilities = parseExport(format, (await readExport(`facilities.${format}`)).body).rows;
      expect(facilities.find((row) => row.facility_id === tricky.id)).toMatchObject({
        name: TRICKY,
        address: `1 Main St, "Suite 5"\r\nBack\\slash`,
      });
      const tools = parseExport(format, (await readExport(`ai-tools.${format}`)).body).rows;
      expect(tools.find((row) => row.facility_id === tricky.id)).toMatchObject({ note: TRICKY, facility_name: TRICKY });
    }
  });

  it("counts its rows on the summary the /data page shows", async () => {
    const summary = await getExportSummary();
    for (const name of DATASET_NAMES) {
      expect(summary.rows[name]).toBe(parseExport("json", (await readExport(`${name}.json`)).body).rows.length);
    }
    expect(summary.updatedAt).toBeInstanceOf(Date);
  });
});

describe("facilities", () => {
  it("gives each facility the transparency score of its current version, and none before it publishes", async () => {
    const { rows } = parseExport("json", (await readExport("facilities.json")).body);
    const score = await db().disclosureScore.findFirst({ where: { versionId: tricky.visibleVersion, rubricVersion: RUBRIC_VERSION } });
    expect(rows.find((row) => row.facility_id === tricky.id)?.transparency_score).toBe(score!.score);
    expect(rows.find((row) => row.name === "Quiet Hospital")?.transparency_score).toBeNull();
  });
});

describe("disclosures and AI tools", () => {
  it("latest: the newest version not hidden, with each answer's value or why there is none", async () => {
    const rows = parseExport("csv", (await readExport("disclosures-latest.csv")).body).rows.filter((row) => row.facility_id === tricky.id);
    expect(rows).toEqual([
      expect.objectContaining({
        version_id: tricky.visibleVersion,
        version_number: "1",
        uses_ai: "yes",
        ai_policy_url: "not_applicable",
        patients_told_when_ai_used: "declined",
        sharing_ai_training: "unknown",
        sharing_recipients: "academic_researchers;affiliated_organizations",
        image_retention_years: "7",
        report_retention_years: "indefinite",
        privacy_contact: TRICKY,
        ai_tool_count: "2",
        breach_count: "1",
      }),
    ]);
    expect(rows[0]!.published_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("all versions: a hidden version keeps its row, when and why, and none of its answers", async () => {
    const { body } = await readExport("disclosures-all.json");
    expect(body).not.toContain(HIDDEN_WORDS);
    const rows = parseExport("json", body).rows.filter((row) => row.facility_id === tricky.id);
    expect(rows.map((row) => [row.version_number, row.hidden_reason])).toEqual([
      [1, null],
      [2, "It named a patient."],
    ]);
    const hidden = rows[1]!;
    expect(hidden).toMatchObject({
      version_id: tricky.hiddenVersion,
      hidden_at: expect.stringMatching(/Z$/),
      attester_name: expect.any(String),
    });
    const answers = DATASETS["disclosures-all"].columns.filter((column) => column.answer || column.name.endsWith("_count"));
    for (const column of answers) expect(hidden[column.name], column.name).toBeNull();
    expect(rows[0]).toMatchObject({ privacy_contact: TRICKY, hidden_at: null });
  });

  it("AI tools: the current version's tools, lists joined with ';', unanswered as a word", async () => {
    const rows = parseExport("json", (await readExport("ai-tools.json")).body).rows.filter((row) => row.facility_id === tricky.id);
    expect(rows.map((row) => [row.position, row.product_name, row.fda_number, row.modalities, row.region, row.vendor_training])).toEqual([
      [0, "ChestView Triage", "K213456", "CT;XR", "United States (Virginia)", "no"],
      [1, "QuietScan Reconstruction", "unknown", "MR", "not_applicable", "declined"],
    ]);
    expect(rows.every((row) => row.version_id === tricky.visibleVersion)).toBe(true);
  });
});

describe("data dictionary and datapackage.json", () => {
  it("the dictionary lists exactly each file's columns, with a type and a meaning", async () => {
    const { response, body } = await readExport("dictionary.csv");
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const [header, ...rows] = parse(body) as string[][];
    expect(header).toEqual([...DICTIONARY_HEADER]);
    for (const name of DATASET_NAMES) {
      const { columns } = parseExport("csv", (await readExport(`${name}.csv`)).body);
      expect(rows.filter((row) => row[0] === `${name}.csv`).map((row) => row[1])).toEqual(columns);
    }
    for (const row of rows) expect(row[4], row[1]).toMatch(/[a-z]{3}/i);
    expect(rows.find((row) => row[1] === "runs_where")![5]).toContain("vendor_cloud (In the vendor's cloud)");
  });

  it("datapackage.json describes every CSV file: CC0, its fields, and values that meet their constraints", async () => {
    const { response, body } = await readExport("datapackage.json");
    expect(response.status).toBe(200);
    const pkg = JSON.parse(body);
    expect(pkg).toMatchObject({ profile: "tabular-data-package", name: "scanaware", licenses: [{ name: "CC0-1.0" }] });
    expect(pkg.resources.map((resource: { name: string }) => resource.name)).toEqual([...DATASET_NAMES]);
    for (const resource of pkg.resources) {
      expect(resource).toMatchObject({ profile: "tabular-data-resource", format: "csv", mediatype: "text/csv", encoding: "utf-8" });
      expect(resource.path).toBe(`${process.env.APP_URL}/api/v1/exports/${resource.name}.csv`);
      const { columns, rows } = parseExport("csv", (await readExport(`${resource.name}.csv`)).body);
      const fields: { name: string; type: string; constraints?: { required?: boolean; enum?: string[]; pattern?: string } }[] =
        resource.schema.fields;
      expect(fields.map((field) => field.name)).toEqual(columns);
      for (const key of [resource.schema.primaryKey].flat()) expect(columns).toContain(key);
      for (const field of fields) {
        expect(["string", "integer", "number", "datetime"]).toContain(field.type);
        for (const row of rows) {
          const value = row[field.name] as string;
          const where = `${resource.name}.${field.name} = ${JSON.stringify(value)}`;
          if (value === "") {
            expect(field.constraints?.required, where).toBeFalsy();
            continue;
          }
          if (field.type === "integer") expect(value, where).toMatch(/^-?\d+$/);
          if (field.type === "number") expect(Number.isFinite(Number(value)), where).toBe(true);
          if (field.type === "datetime") expect(Number.isNaN(Date.parse(value)), where).toBe(false);
          if (field.constraints?.enum) expect(field.constraints.enum, where).toContain(value);
          if (field.constraints?.pattern) expect(value, where).toMatch(new RegExp(`^(?:${field.constraints.pattern})$`));
        }
      }
    }
  });

  it("answers an unknown file with a 404 problem naming the known ones", async () => {
    for (const file of ["facilities.xml", "secrets.csv", "datapackage.yaml"]) {
      const { response, body } = await readExport(file);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(JSON.parse(body)).toMatchObject({ status: 404, detail: expect.stringContaining("facilities.csv") });
    }
  });
});
