import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";

// The e2e server starts on an empty database and seeds it like `npm start`: the real CMS list.

const resultNames = (page: Page) =>
  page
    .getByRole("list")
    .filter({ has: page.getByRole("heading", { level: 3 }) })
    .getByRole("heading", { level: 3 });

test("a patient finds a hospital despite a typo, and opens its page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("facility-count")).toContainText(/5,4\d\d facilities/);
  await page.getByLabel("Find a facility by name, city or ZIP code").fill("st marys hospitl");
  await page.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/\/facilities\?q=st\+marys\+hospitl/);
  await expect(page.getByRole("heading", { level: 2, name: /facilities/ })).toBeVisible();
  await expect(resultNames(page).first()).toHaveText(/St\.? Mary'?s/);
  await expectAccessible(page);

  await resultNames(page).first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/St\.? Mary'?s/);
  await expect(page.getByRole("heading", { name: "Not yet disclosed" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Questions to ask this facility" })).toBeVisible();
  await expect(page.getByText("Is AI used on my scan, and for what?")).toBeVisible();
  await expect(page.getByText("Imported from CMS's Hospital General Information list")).toBeVisible();
  await expectAccessible(page);
});

test("searching around a ZIP code lists the nearest first, with distances", async ({ page }) => {
  await page.goto("/facilities?near=36301&radius=10");
  const names = await resultNames(page).allInnerTexts();
  expect(names).toEqual(expect.arrayContaining(["Flowers Hospital", "Southeast Health Medical Center"]));
  await expect(page.getByText(/miles away/).first()).toBeVisible();
  await expect(page.getByLabel("Near ZIP code")).toHaveValue("36301");
});

test("a city search with a state filter is shareable as a URL", async ({ page }) => {
  await page.goto("/facilities");
  await page.getByLabel("Name, city or ZIP code").fill("Dothan");
  await page.getByText("Distance, state, kind, what facilities disclosed, and sorting").click();
  await page.getByLabel("State", { exact: true }).selectOption("AL");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=Dothan.*state=AL/);
  expect((await resultNames(page).allInnerTexts()).sort()).toEqual(["Flowers Hospital", "Southeast Health Medical Center"]);

  await page.goto(page.url()); // the same URL, opened again, shows the same search
  await expect(page.getByLabel("State", { exact: true })).toHaveValue("AL");
});

test("results are paged", async ({ page }) => {
  await page.goto("/facilities?state=TX&sort=name");
  await expect(page.getByRole("heading", { name: /facilities · page 1 of \d+/ })).toBeVisible();
  const firstPage = await resultNames(page).allInnerTexts();
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page.getByRole("heading", { name: /page 2 of/ })).toBeVisible();
  const secondPage = await resultNames(page).allInnerTexts();
  expect(secondPage).toHaveLength(20);
  expect(secondPage.some((name) => firstPage.includes(name))).toBe(false);
});

test("bad parameters get a clear message next to their field, never an error page", async ({ page }) => {
  const response = await page.goto("/facilities?q=mercy&radius=-5&near=ABCDE&page=0");
  expect(response?.status()).toBe(200);
  const summary = page.getByRole("alert").first();
  await expect(summary).toContainText("3 parts of this search were not understood");
  await expect(summary).toContainText("Page must be a whole number from 1");
  await summary.getByRole("link", { name: "Choose a distance from 5 to 100" }).click();
  await expect(page).toHaveURL(/#radius$/);
  await expect(page.getByText("Error: Choose a distance from 5 to 100")).toBeVisible();
  await expect(page.getByText("Error: A ZIP code is 5 digits, e.g. 60614")).toBeVisible();
  await expect(page.getByLabel("Near ZIP code")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("a page past the end and an unknown ZIP code are explained", async ({ page }) => {
  await page.goto("/facilities?state=DC&page=99");
  await expect(page.getByRole("heading", { name: /There (is only 1 page|are only \d+ pages) of results/ })).toBeVisible();
  await page.getByRole("link", { name: "Go to the last page" }).click();
  await expect(resultNames(page).first()).toBeVisible();

  await page.goto("/facilities?near=00000");
  await expect(page.getByRole("heading", { name: "We do not know where ZIP code 00000 is" })).toBeVisible();
});

test("an empty result says why and what to change", async ({ page }) => {
  await page.goto("/facilities?q=zzqxv+qqzzv&state=WY");
  await expect(page.getByRole("heading", { name: "No facilities match this search" })).toBeVisible();
  await expect(page.getByText("Search every state rather than one.")).toBeVisible();
});

test("an unknown facility is a proper 404, whatever the address holds", async ({ page, request }) => {
  const response = await page.goto("/facilities/no-such-facility");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page).toHaveURL(/\/facilities\/no-such-facility$/);
  await page.goto("/es/facilities/no-such-facility/versions/2");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Página no encontrada");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  for (const slug of ["%00", "%E2%80%AE", "a".repeat(300), "..%2F..%2Fetc"]) {
    expect((await request.get(`/facilities/${slug}`)).status(), slug).toBe(404);
  }
});

test("hostile search input is answered, never with a server error", async ({ request }) => {
  for (const query of [
    "q=%00",
    "q=%27%3B+DROP+TABLE+facility%3B--",
    "q=%E2%80%AE%F0%9F%98%80",
    "near=%00",
    "page=1e9",
    "radius=NaN",
    "q=" + "x".repeat(500),
  ]) {
    const page = await request.get(`/facilities?${query}`);
    expect(page.status(), query).toBe(200);
    const api = await request.get(`/api/v1/facilities?${query}`);
    expect([200, 400], query).toContain(api.status());
  }
});

test("sample facilities are labelled as sample data", async ({ page }) => {
  await page.goto("/facilities?q=lakeside+open+mri");
  await expect(page.getByText("Sample data").first()).toBeVisible();
  await page.getByRole("link", { name: "Lakeside Open MRI (sample)" }).click();
  await expect(page.getByText("Sample data — a fictional facility")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search and facility pages work in full", async ({ page }) => {
    await page.goto("/facilities");
    await page.getByLabel("Name, city or ZIP code").fill("huntsville hospital");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(resultNames(page).first()).toHaveText("Huntsville Hospital");
    await resultNames(page).first().getByRole("link").click();
    await expect(page.getByRole("heading", { name: "Questions to ask this facility" })).toBeVisible();
  });
});

test("a page of results fetches no facility page nobody asked for", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/facilities/")) fetched.push(request.url());
  });
  await page.goto("/facilities?q=mercy");
  await page.waitForLoadState("networkidle");
  expect(fetched).toEqual([]);
});

test("a patient narrows a search to what facilities disclosed, and the URL keeps it", async ({ page }) => {
  // A distance in the URL opens the filters.
  await page.goto("/facilities?near=53703&radius=25");
  await page.getByLabel("No cloud outside the United States").check();
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/noCloudAbroad=true/);
  // Only the sample facility has disclosed, and its one cloud tool runs in the United States.
  expect(await resultNames(page).allInnerTexts()).toEqual(["Lakeside Open MRI (sample)"]);
  await expect(page.getByLabel("No cloud outside the United States")).toBeChecked();

  await page.getByLabel("AI runs on-site only (or no AI)").check();
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "No facilities match this search" })).toBeVisible();
  await expect(page.getByText("Uncheck some of what the facility disclosed")).toBeVisible();
  await expectAccessible(page);
});
