import { expect, test } from "@playwright/test";
import { e2eQuery } from "./database";
import { expectAccessible } from "./support/accessibility";

test("the home page says what ScanAware is and counts the facilities live", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Know how AI touches your scan/);
  await expect(page.getByRole("heading", { name: "Who it is for" })).toBeVisible();

  const count = async () => Number((await page.getByTestId("facility-count").locator("strong").innerText()).replace(/,/g, ""));
  const before = await count();
  await e2eQuery(
    `INSERT INTO facility (id, slug, name, kind, city, state, source, search_text, updated_at)
     VALUES (gen_random_uuid(), 'e2e-' || gen_random_uuid(), 'Home Count Test Hospital', 'HOSPITAL', 'Springfield', 'IL', 'CMS_IMPORT', 'home count test hospital springfield il', now())`,
  );
  // The count is live, though it may lag a few seconds behind a change made outside the app (the
  // count is remembered for 5 s, the page for PAGE_CACHE_SECONDS).
  await expect
    .poll(
      async () => {
        await page.reload();
        return count();
      },
      { timeout: 15_000, intervals: [1_000] },
    )
    .toBe(before + 1);
});

test("the home page has no accessibility violations (WCAG 2.2 AA)", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
});

test("a keyboard user can skip straight to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the home page reads in full", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("facility-count")).toContainText("in the registry");
  });
});

test("pages load nothing from other origins", async ({ page }) => {
  const origins = new Set<string>();
  page.on("request", (request) => origins.add(new URL(request.url()).origin));
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect([...origins]).toEqual([new URL(page.url()).origin]);
});
