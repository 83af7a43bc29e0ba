import { expect, test } from "@playwright/test";
import { sampleDisclosure } from "@/lib/disclosures/sample";
import { RUBRIC, RUBRIC_VERSION } from "@/lib/score/rubric";
import { scoreDisclosure } from "@/lib/score/score";
import { expectAccessible } from "./support/accessibility";
import { e2eQuery } from "./database";

// The e2e server seeds like `npm start`: the sample facilities have the sample disclosure, scored
// when it was published; the CMS hospitals have none.

const expected = scoreDisclosure(sampleDisclosure);

test("a facility page shows its transparency score, explained item by item", async ({ page }) => {
  await page.goto("/facilities/sample-lakeside-open-mri");
  const card = page.getByTestId("score-card");
  await expect(card.getByRole("heading", { level: 2 })).toHaveText(
    new RegExp(`Transparency score ${expected.score} out of 100 \\(rubric ${RUBRIC_VERSION.replace(".", "\\.")}\\)`),
  );
  await expect(card.getByRole("list")).toBeHidden(); // in a closed <details>
  await card.getByText(/What earned points and what did not/).click();
  const items = card.getByRole("listitem");
  await expect(items).toHaveCount(RUBRIC.length);
  // States in words, not colour alone.
  await expect(items.filter({ hasText: "Sharing scans to train AI" })).toContainText("Missed: 0 points of 3");
  await expect(items.filter({ hasText: "Sharing scans to train AI" })).toContainText("unknown (earns nothing)");
  await expect(items.filter({ hasText: "Where each AI tool runs" })).toContainText("Earned");
  await expect(items.filter({ hasText: "Whether the vendor trains" })).toContainText("Partly earned");
  await expectAccessible(page);

  await card.getByRole("link", { name: "How the score works" }).click();
  await expect(page).toHaveURL(/\/methodology$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the transparency score works");
});

test("a facility without a disclosure says it has no score, without a number", async ({ page }) => {
  const { rows } = await e2eQuery("SELECT slug FROM facility WHERE NOT is_sample AND disclosed_at IS NULL ORDER BY name LIMIT 1");
  await page.goto(`/facilities/${rows[0]!.slug}`);
  const section = page.getByRole("region", { name: "Transparency score" });
  await expect(section).toContainText("Not yet disclosed — no score");
  await expect(section).not.toContainText(/\d+ out of 100/);
});

test("the methodology page lists the current rubric, how answers count, and the rubric versions", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "How the transparency score works" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the transparency score works");
  for (const item of RUBRIC) await expect(page.getByRole("rowheader", { name: item.title, exact: true })).toBeVisible();
  await expect(page.getByText(/does not say whether a facility.s practices are good/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Rubric versions" })).toBeVisible();
  await expect(page.getByText(`${RUBRIC_VERSION} — First version`)).toBeVisible();
  await expectAccessible(page);
});

test("search results show scores and sort by them, highest first", async ({ page }) => {
  await page.goto("/facilities?sort=score");
  await expect(page.getByLabel("Sort by")).toHaveValue("score");
  const results = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(results.first()).toContainText(/Transparency score \d+ out of 100/);
  // Other tests publish disclosures too: the order is what counts, and the samples' score is there.
  const scores = (await results.allInnerTexts()).map((text) => Number(/Transparency score (\d+) out of 100/.exec(text)?.[1] ?? -1));
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(scores).toContain(expected.score);
  await expectAccessible(page);
});
