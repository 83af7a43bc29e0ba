import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectAccessible } from "./support/accessibility";

// A researcher finds the open data from any page, downloads the facilities as CSV, and reads what
// each column means. The e2e database holds the CMS list and the fictional sample facilities.

test("the open data page lists the files, their rows and license, and the CSV download matches", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Open data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
  await expect(page.getByTestId("data-updated")).toContainText(/UTC/);
  await expect(page.getByRole("link", { name: /Creative Commons Zero/ })).toHaveAttribute("href", /publicdomain\/zero\/1\.0/);
  await expectAccessible(page);

  const facilitiesRow = page.getByRole("row", { name: /^Facilities/ });
  const shownCount = Number((await facilitiesRow.getByRole("cell").first().innerText()).replace(/,/g, ""));
  expect(shownCount).toBeGreaterThan(5_000);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    facilitiesRow.getByRole("link", { name: /facilities\.csv/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^scanaware-facilities-\d{4}-\d\d-\d\d\.csv$/);
  const [header, ...rows] = parse(fs.readFileSync((await download.path())!, "utf8")) as string[][];
  expect(header!.slice(0, 3)).toEqual(["facility_id", "ccn", "npi"]);
  expect(rows.length).toBeGreaterThanOrEqual(shownCount); // other tests may approve facilities meanwhile; none are removed
  expect(rows.some((row) => row.join(",").includes("(sample)"))).toBe(false);
});

test("the data dictionary explains every column, and its CSV and datapackage.json agree with the files", async ({ page, request }) => {
  await page.goto("/data");
  await page.getByRole("link", { name: "Read the data dictionary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Data dictionary" })).toBeVisible();
  const aiTools = page.getByRole("table", { name: "Columns of ai-tools" });
  await expect(aiTools.getByRole("row", { name: /runs_where/ })).toContainText("In the vendor's cloud");
  await expectAccessible(page);

  const dictionary = parse(await (await request.get("/api/v1/exports/dictionary.csv")).text(), { columns: true }) as {
    file: string;
    column: string;
  }[];
  const pkg = await (await request.get("/api/v1/exports/datapackage.json")).json();
  expect(pkg.licenses[0].name).toBe("CC0-1.0");
  for (const resource of pkg.resources as { name: string; schema: { fields: { name: string }[] } }[]) {
    const header = (await (await request.get(`/api/v1/exports/${resource.name}.csv`)).text()).split("\n", 1)[0]!.split(",");
    expect(resource.schema.fields.map((field) => field.name)).toEqual(header);
    expect(dictionary.filter((row) => row.file === `${resource.name}.csv`).map((row) => row.column)).toEqual(header);
  }
});
