import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importCmsFile, MissingColumnsError } from "@/lib/facilities/cms-import";
import { DOTHAN_ROW, SHIPPED_CMS_FILE, writeCmsFile } from "../support/cms-files";

const boaz = [
  "10005",
  "MARSHALL MEDICAL CENTERS",
  "2505 U S HIGHWAY 431 NORTH",
  "BOAZ",
  "AL",
  "35957",
  "MARSHALL",
  "(256) 593-8310",
  "Acute Care Hospitals",
  "Not Available",
];
const andover = [
  "220001",
  '  "ANDOVER HOSPITAL, INC." ',
  "1 MAIN ST",
  "ANDOVER",
  "MA",
  "1810",
  "ESSEX",
  "9785551234",
  "Acute Care Hospitals",
  "Proprietary",
];

beforeEach(async () => {
  await db().facility.deleteMany();
});

describe("importing CMS's hospital file", () => {
  it("imports the shipped file, then finds nothing to change on a second run", async () => {
    const first = await importCmsFile(SHIPPED_CMS_FILE);
    expect(first).toMatchObject({ rows: 5421, inserted: 5421, updated: 0, unchanged: 0, skipped: [] });

    const second = await importCmsFile(SHIPPED_CMS_FILE);
    expect(second).toMatchObject({ inserted: 0, updated: 0, unchanged: 5421 });

    // Every CCN is 6 characters and every ZIP 5 digits again; all but one ZIP has a centroid.
    const [shape] = await db().$queryRaw<{ short_ccn: bigint; short_zip: bigint; unlocated: bigint }[]>`
      SELECT count(*) FILTER (WHERE length(ccn) <> 6) AS short_ccn, count(*) FILTER (WHERE zip !~ '^\\d{5}$') AS short_zip,
             count(*) FILTER (WHERE latitude IS NULL) AS unlocated FROM facility`;
    expect(shape).toEqual({ short_ccn: 0n, short_zip: 0n, unlocated: 1n });
  });

  it("repairs what spreadsheets did to the file and writes names in readable case", async () => {
    await importCmsFile(writeCmsFile([DOTHAN_ROW, boaz, andover]));
    const rows = await db().facility.findMany({ where: { ccn: { in: ["010001", "010005", "220001"] } }, orderBy: { ccn: "asc" } });
    expect(rows.map((row) => [row.ccn, row.name, row.address, row.city, row.zip, row.phone, row.ownership])).toEqual([
      [
        "010001",
        "Southeast Health Medical Center",
        "1108 Ross Clark Circle",
        "Dothan",
        "36301",
        "(334) 793-8701",
        "Government - Hospital District or Authority",
      ],
      ["010005", "Marshall Medical Centers", "2505 U S Highway 431 North", "Boaz", "35957", "(256) 593-8310", null],
      ["220001", "Andover Hospital, Inc.", "1 Main St", "Andover", "01810", "(978) 555-1234", "Proprietary"],
    ]);
    expect(rows[0]).toMatchObject({
      kind: "HOSPITAL",
      source: "CMS_IMPORT",
      locationPrecision: "ZIP_CENTROID",
      slug: "southeast-health-medical-center-dothan-al",
    });
  });

  it("updates a changed row and leaves the others alone", async () => {
    await importCmsFile(writeCmsFile([DOTHAN_ROW, boaz]));
    const moved = [...DOTHAN_ROW];
    moved[7] = "(334) 555-0100";
    expect(await importCmsFile(writeCmsFile([moved, boaz]))).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    expect((await db().facility.findUnique({ where: { ccn: "010001" } }))?.phone).toBe("(334) 555-0100");
  });

  it("never overwrites a field that the facility's admins or moderators edited", async () => {
    await importCmsFile(writeCmsFile([DOTHAN_ROW]));
    await db().facility.update({ where: { ccn: "010001" }, data: { name: "Southeast Health (edited)", editedFields: ["name"] } });
    const renamed = [...DOTHAN_ROW];
    renamed[1] = "SOUTHEAST HEALTH RENAMED BY CMS";
    renamed[7] = "(334) 555-0199";
    await importCmsFile(writeCmsFile([renamed]));
    const row = await db().facility.findUnique({ where: { ccn: "010001" } });
    expect(row).toMatchObject({ name: "Southeast Health (edited)", phone: "(334) 555-0199" });
  });

  it("accepts the column names of older CMS releases", async () => {
    const header = [
      "Provider ID",
      "Hospital Name",
      "Address",
      "City",
      "State",
      "ZIP Code",
      "County Name",
      "Phone Number",
      "Hospital Type",
      "Hospital Ownership",
    ];
    expect(await importCmsFile(writeCmsFile([boaz], header))).toMatchObject({ inserted: 1, skipped: [] });
  });

  it("refuses a file without the required columns, naming every one, before writing anything", async () => {
    const before = await db().facility.count();
    const file = writeCmsFile([["10001", "1108 ROSS CLARK CIRCLE", "DOTHAN"]], ["Facility ID", "Address", "City/Town"]);
    const refusal = importCmsFile(file);
    await expect(refusal).rejects.toBeInstanceOf(MissingColumnsError);
    await expect(refusal).rejects.toThrow(
      /"Facility Name" \(or "Hospital Name"\).*"State".*"ZIP Code" \(or "Zip Code"\).*Nothing was imported/,
    );
    expect(await db().facility.count()).toBe(before);
  });

  it("skips unusable rows and says which row and field", async () => {
    const badState = [...boaz];
    badState[4] = "ZZ";
    const badZip = [...andover];
    badZip[5] = "ABCDE";
    const report = await importCmsFile(writeCmsFile([DOTHAN_ROW, badState, badZip, DOTHAN_ROW]));
    expect(report.inserted).toBe(1);
    expect(report.skipped).toEqual([
      { row: 3, field: "State", reason: "Choose a US state or territory (2 letters, e.g. CA)" },
      { row: 4, field: "ZIP Code", reason: "A ZIP code is 5 digits" },
      { row: 5, field: "Facility ID", reason: "duplicate of row 2" },
    ]);
  });

  it("gives the same result when two imports of the same file run at once", async () => {
    const file = writeCmsFile([DOTHAN_ROW, boaz, andover]);
    const reports = await Promise.all([importCmsFile(file), importCmsFile(file)]);
    expect(reports.map((report) => report.inserted + report.updated + report.unchanged)).toEqual([3, 3]);
    expect(reports[0]!.inserted + reports[1]!.inserted).toBe(3);
    expect(await db().facility.count({ where: { ccn: { in: ["010001", "010005", "220001"] } } })).toBe(3);
  });
});

describe("npm run import:cms", () => {
  const run = promisify(execFile);

  it("prints the counts, and exits 1 with the missing columns for a wrong file", async () => {
    const env = { ...process.env };
    const ok = await run("npm", ["run", "--silent", "import:cms", "--", writeCmsFile([DOTHAN_ROW])], { env });
    expect(ok.stdout).toMatch(/Imported 1 rows in [\d.]+ s: \d inserted, \d updated, \d unchanged, 0 skipped\./);

    const refused = run("npm", ["run", "--silent", "import:cms", "--", writeCmsFile([["x"]], ["Hospital Name"])], { env });
    await expect(refused).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('"Facility ID" (or "Provider ID" or "CMS Certification Number (CCN)")'),
    });
  });
});
