import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { e2eQuery } from "./database";
import { expectAccessible } from "./support/accessibility";

// The statistics page on the e2e database: the CMS list and the sample facilities (whose sample
// disclosures must not count). Other specs may publish a real disclosure meanwhile, and the figures
// are cached for 5 minutes, so these checks hold whether or not one has been counted yet.

/** The page's "N of M facilities in the directory have published a disclosure", as [N, M]. */
async function disclosedOfListed(page: Page): Promise<[number, number]> {
  const text = await page.getByTestId("disclosed-count").innerText();
  const [, disclosed, listed] = text.match(/^([\d,]+) of ([\d,]+) facilit/)!;
  return [Number(disclosed!.replace(/,/g, "")), Number(listed!.replace(/,/g, ""))];
}

test("the statistics page counts real facilities only, as charts with the same numbers in tables", async ({ page }) => {
  await page.goto("/stats");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ScanAware in numbers");
  await expect(page.getByTestId("stats-scope")).toContainText("sample facilities");

  const [disclosed, listed] = await disclosedOfListed(page);
  const { rows } = await e2eQuery("SELECT count(*) FILTER (WHERE NOT is_sample)::int AS real, count(*)::int AS all FROM facility");
  expect(listed).toBeLessThanOrEqual(rows[0].real);
  expect(listed).toBeGreaterThan(rows[0].real - 10); // facilities other specs added after the figures were counted
  expect(listed).toBeLessThan(rows[0].all);

  if (disclosed === 0) {
    await expect(page.getByRole("heading", { name: "No facility has published a disclosure yet" })).toBeVisible();
    await expect(page.getByRole("figure")).toHaveCount(0);
  } else {
    await expect(page.getByRole("heading", { name: "Where AI tools run" })).toBeVisible();
    const figures = page.getByRole("figure");
    expect(await figures.count()).toBeGreaterThan(3);
    for (const figure of await figures.all()) {
      await expect(figure.getByRole("img", { name: /^Bar chart\. / })).toBeVisible();
      await expect(figure.getByRole("table")).toBeVisible();
    }
    await expect(page.getByRole("table", { name: "Every state and territory" })).toBeVisible();
  }
});

test("the statistics page has no accessibility violations (WCAG 2.2 AA)", async ({ page }) => {
  await page.goto("/stats");
  await expectAccessible(page);
});

test("the footer links to the statistics", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Statistics" }).click();
  await expect(page).toHaveURL(/\/stats$/);
});

test("the CSV download and the JSON API give the page's rows", async ({ request }) => {
  const csvResponse = await request.get("/stats/statistics.csv");
  expect(csvResponse.status()).toBe(200);
  expect(csvResponse.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csvResponse.headers()["content-disposition"]).toMatch(/^attachment; filename="scanaware-statistics-[\d-]+\.csv"$/);
  const csv: Record<string, string>[] = parse(await csvResponse.text(), { columns: true });
  expect(Object.keys(csv[0]!)).toEqual(["section", "key", "label", "count", "out_of", "share", "answered"]);
  expect(csv.find((row) => row.section === "opt_out_offered" && row.key === "unknown")).toMatchObject({
    label: "Unknown",
    answered: "false",
  });

  const json = (await (await request.get("/api/v1/stats")).json()).data;
  expect(json.excludesSampleFacilities).toBe(true);
  // Free-text groups (vendors, regions) may change if a disclosure is published between the two requests.
  const fixed = (rows: Record<string, unknown>[]) =>
    rows.filter((row) => !["top_vendors", "cloud_regions"].includes(String(row.section))).map((row) => `${row.section}/${row.key}`);
  expect(fixed(json.rows)).toEqual(fixed(csv));
});

test("the statistics page prints without navigation", async ({ page }) => {
  await page.goto("/stats");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the statistics page reads in full", async ({ page }) => {
    await page.goto("/stats");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("disclosed-count")).toContainText("in the directory");
    await expect(page.getByRole("heading", { name: "How these figures are made" })).toBeVisible();
  });
});
