import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";

// Comparing facilities side by side. The e2e database holds the real CMS hospitals (none has
// disclosed) and the sample imaging centers, which have all published the same sample disclosure.
// Lakeside's ZIP code is 53703, in Madison, which has several hospitals.

const LAKESIDE = "sample-lakeside-open-mri";
const RIVERBEND = "sample-riverbend-imaging-center";
const NORTHFIELD = "sample-northfield-mobile-mri";
const NEAR_LAKESIDE = "/facilities?near=53703&radius=10";
const USES_AI = "Does the facility use AI on patients' images?";

const table = (page: Page) => page.getByRole("table", { name: /question by question/ });
/** The header row's cells: the corner, then one per facility (section rows have column headers too). */
const facilityHeaders = (page: Page) => table(page).getByRole("row").first().getByRole("columnheader");
/** The page's own alerts, not Next.js's route announcer (which has the alert role too). */
const alerts = (page: Page) => page.locator('[role="alert"]:not(#__next-route-announcer__)');
const questionRow = (page: Page, question: string) =>
  table(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: question }) });

const otherBoxes = (page: Page) => page.getByRole("checkbox", { name: /^Compare (?!Lakeside)/ });
/** What a row says for each facility, in no particular order: the columns follow the results' order. */
const answers = async (page: Page, question: string) => (await questionRow(page, question).getByRole("cell").allInnerTexts()).sort();

/** Lakeside and the hospitals nearest to it: `count` slugs, Lakeside first. */
async function slugsNearLakeside(page: Page, count: number): Promise<string[]> {
  await page.goto(NEAR_LAKESIDE);
  const others = await otherBoxes(page).evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
  return [LAKESIDE, ...others].slice(0, count);
}

test("a patient ticks three facilities near a ZIP code and compares them, differences marked", async ({ page }) => {
  await page.goto("/facilities");
  await page.getByLabel("Near ZIP code").fill("53703");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("checkbox", { name: "Compare Lakeside Open MRI (sample)" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("checkbox", { name: "Compare Lakeside Open MRI (sample)" }).check();
  await otherBoxes(page).nth(0).check();
  await otherBoxes(page).nth(1).check();
  await page.getByRole("button", { name: "Compare selected" }).click();

  await expect(page).toHaveURL(/\/compare\?f=[a-z0-9-]+&f=[a-z0-9-]+&f=[a-z0-9-]+$/);
  await expect(page).toHaveURL(/f=sample-lakeside-open-mri/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare facilities");
  const headers = facilityHeaders(page);
  await expect(headers).toHaveCount(4);
  const lakeside = headers.filter({ hasText: "Lakeside Open MRI (sample)" });
  await expect(lakeside).toContainText("Sample data — a fictional facility");
  await expect(lakeside).toContainText(/Disclosed .* attested by Jordan Example \(fictional\)/);
  await expect(headers.filter({ hasText: "Not yet disclosed" })).toHaveCount(2);

  // Lakeside says yes; the hospitals have not disclosed: that differs, and reads "Not disclosed", never "No".
  await expect(questionRow(page, USES_AI).getByRole("rowheader")).toContainText("Differs");
  expect(await answers(page, USES_AI)).toEqual(["Not disclosed", "Not disclosed", "Yes"]);
  await expect(page.getByRole("heading", { name: /Their answers differ on \d+ of \d+ questions/ })).toBeVisible();
  await expect(table(page).getByRole("link", { name: "How the score is worked out" })).toHaveAttribute("href", "/methodology");
  await expectAccessible(page);
});

test("facilities that say the same thing are not marked as different", async ({ page }) => {
  await page.goto(`/compare?f=${LAKESIDE}&f=${RIVERBEND}`);
  await expect(page.getByRole("heading", { name: /Their answers differ on 0 of \d+ questions/ })).toBeVisible();
  await expect(questionRow(page, USES_AI).getByRole("cell")).toHaveText(["Yes", "Yes"]);
  await expect(table(page).getByText("Differs")).toHaveCount(0);
  // The sample disclosure's unknown answers are words, not blanks or "no".
  await expect(questionRow(page, "Is patients' data used to train AI?").getByRole("cell").first()).toContainText("Unknown");

  await page.getByRole("link", { name: "Show only the questions where they differ" }).click();
  await expect(page).toHaveURL(/only=differences/);
  await expect(page.getByText("These facilities give the same answer to every question.")).toBeVisible();
});

test("on a phone the table scrolls sideways and the questions stay in view", async ({ page }) => {
  const slugs = await slugsNearLakeside(page, 3);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`/compare?${slugs.map((slug) => `f=${slug}`).join("&")}`);

  const region = page.getByRole("region", { name: /question by question/ });
  const question = questionRow(page, USES_AI).getByRole("rowheader");
  const lastColumn = facilityHeaders(page).last();
  await question.scrollIntoViewIfNeeded();
  await expect(lastColumn).not.toBeInViewport();

  await region.evaluate((element) => (element.scrollLeft = element.scrollWidth));
  await expect(lastColumn).toBeInViewport();
  await expect(question).toBeInViewport();
  const [questionBox, regionBox] = [await question.boundingBox(), await region.boundingBox()];
  expect(Math.abs(questionBox!.x - regionBox!.x)).toBeLessThan(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectAccessible(page);
});

test("an address with too many or unknown facilities says which, and still compares the others", async ({ page }) => {
  const [, first, second] = await slugsNearLakeside(page, 3);
  const shown = [LAKESIDE, first, RIVERBEND, NORTHFIELD];
  const response = await page.goto(
    `/compare?f=${LAKESIDE}&f=${first}&f=no-such-place&f=${RIVERBEND}&f=${NORTHFIELD}&f=${second}&f=%3Cb%3E`,
  );
  expect(response?.status()).toBe(200);
  const alert = alerts(page);
  await expect(alert).toContainText(/You can compare up to 4 facilities at a time\. Left out: [^.]+\./);
  await expect(alert).toContainText("We could not find these facilities: <b>, no-such-place.");
  await expect(facilityHeaders(page)).toHaveCount(5);
  await alert.getByRole("link", { name: "Keep only the facilities shown" }).click();
  await expect(page).toHaveURL(`/compare?${shown.map((slug) => `f=${slug}`).join("&")}`);
  await expect(alerts(page)).toHaveCount(0);
});

test("a facility's page leads to the comparison, which explains how to add more", async ({ page }) => {
  await page.goto(`/facilities/${LAKESIDE}`);
  await page.getByRole("link", { name: "Compare with other facilities" }).click();
  await expect(page).toHaveURL(`/compare?f=${LAKESIDE}`);
  await expect(page.getByRole("heading", { name: "Choose 2 to 4 facilities" })).toBeVisible();
  await expect(page.getByText("Chosen so far: Lakeside Open MRI (sample)")).toBeVisible();
  await expectAccessible(page);
});

test("the comparison prints on its own, without navigation or links to change it", async ({ page }) => {
  await page.goto(`/compare?f=${LAKESIDE}&f=${RIVERBEND}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("link", { name: /^Remove/ }).first()).toBeHidden();
  await expect(page.getByRole("heading", { name: "Add a facility" })).toBeHidden();
  await expect(questionRow(page, USES_AI)).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a patient picks, narrows, removes and adds facilities through links and forms alone", async ({ page }) => {
    await page.goto(NEAR_LAKESIDE);
    await page.getByRole("checkbox", { name: "Compare Lakeside Open MRI (sample)" }).check();
    await otherBoxes(page).first().check();
    await page.getByRole("button", { name: "Compare selected" }).click();
    await expect(page).toHaveURL(/\/compare\?f=[a-z0-9-]+&f=[a-z0-9-]+$/);
    expect(await answers(page, USES_AI)).toEqual(["Not disclosed", "Yes"]);

    await page.getByRole("link", { name: "Show only the questions where they differ" }).click();
    await expect(page).toHaveURL(/only=differences/);
    await expect(table(page).getByRole("rowheader").first()).toContainText("Differs");

    await page.getByRole("link", { name: "Remove Lakeside Open MRI (sample) from the comparison" }).click();
    await expect(page.getByRole("heading", { name: "Choose 2 to 4 facilities" })).toBeVisible();

    await page.getByLabel("Name, city or ZIP code").fill("Riverbend");
    await page.getByRole("button", { name: "Find facilities" }).click();
    await expect(page).toHaveURL(/q=Riverbend/);
    await page.getByRole("link", { name: "Add Riverbend Imaging Center (sample) to the comparison" }).click();
    await expect(page).toHaveURL(/f=sample-riverbend-imaging-center/);
    await expect(facilityHeaders(page)).toHaveCount(3);
    await expect(facilityHeaders(page).nth(2)).toContainText("Riverbend Imaging Center (sample)");
  });
});
