import { expect, test, type Page } from "@playwright/test";
import { e2eQuery } from "./database";
import { expectAccessible } from "./support/accessibility";

// Patient pages in English (at the root) and Spanish (under /es): the right `lang`, words in the
// visitor's language, a switch that keeps the page, and no accessibility violation in either.

const LAKESIDE = "sample-lakeside-open-mri";
const DOTHAN = "southeast-health-medical-center-dothan-al";

const TRANSLATED_PAGES = [
  { name: "home", path: "/" },
  { name: "search", path: "/facilities?near=36301&radius=25" },
  { name: "facility with a disclosure", path: `/facilities/${LAKESIDE}` },
  { name: "facility without a disclosure", path: `/facilities/${DOTHAN}` },
  { name: "version history", path: `/facilities/${LAKESIDE}/versions` },
  { name: "compare", path: `/compare?f=${LAKESIDE}&f=${DOTHAN}` },
  { name: "methodology", path: "/methodology" },
  { name: "statistics", path: "/stats" },
  { name: "report form", path: `/facilities/${LAKESIDE}/report` },
];

/**
 * English words left on a Spanish page: its text without what stays as written (facility names in
 * links and headings, text the facility wrote, marked lang="en"), searched for words that Spanish
 * never uses.
 */
async function englishLeftOn(page: Page): Promise<string[]> {
  const text = await page.locator("body").evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    for (const kept of copy.querySelectorAll('[lang="en"], script, a[href*="/facilities/"], h1, [data-facility-name]')) kept.remove();
    return copy.innerText ?? copy.textContent ?? "";
  });
  return [...text.matchAll(/[^.\n]*\b(the|and|with|your|this|what|from|has|not|yes)\b[^.\n]*/gi)].map((match) => match[0].trim());
}

for (const { name, path } of TRANSLATED_PAGES) {
  test(`${name}: in English and in Spanish, with no accessibility violation`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessible(page);

    const spanish = path === "/" ? "/es" : `/es${path}`;
    await page.goto(spanish);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Buscar un centro" })).toBeVisible();
    expect(await englishLeftOn(page)).toEqual([]);
    await expectAccessible(page);
  });
}

test("the language switch opens the same page, query and all, in the other language", async ({ page }) => {
  await page.goto("/facilities?near=53703&radius=10");
  const results = await page
    .getByRole("list", { name: /results/i })
    .getByRole("heading")
    .allInnerTexts();
  await page.getByRole("link", { name: "Ver esta página en español" }).click();
  await expect(page).toHaveURL(/\/es\/facilities\?near=53703&radius=10$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(
    await page
      .getByRole("list", { name: /resultados/i })
      .getByRole("heading")
      .allInnerTexts(),
  ).toEqual(results);

  // Links keep the language; staff pages are in English and say so in their own layout.
  await page.getByRole("link", { name: "Lakeside Open MRI (sample)" }).click();
  await expect(page).toHaveURL(new RegExp(`/es/facilities/${LAKESIDE}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByText(/\d{1,2} de [a-z]+ de \d{4}/).first()).toBeVisible();

  await page.getByRole("link", { name: "View this page in English" }).click();
  await expect(page).toHaveURL(new RegExp(`/facilities/${LAKESIDE}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("each page has one address per language, and pages for staff stay English", async ({ page, request }) => {
  const prefixed = await request.get("/en/methodology", { maxRedirects: 0 });
  expect(prefixed.status()).toBe(308);
  expect(prefixed.headers().location).toMatch(/\/methodology$/);
  expect((await request.get("/es/sign-in")).status()).toBe(404);

  await page.goto("/es/methodology");
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((link) => `${link.getAttribute("hreflang")} ${new URL((link as HTMLLinkElement).href).pathname}`));
  expect(alternates.sort()).toEqual(["en /methodology", "es /es/methodology", "x-default /methodology"]);

  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Ver esta página en español" })).toHaveCount(0);
});

test("a patient searches near a ZIP code, keeps on-site AI only, compares three, reads in Spanish and prints", async ({ page }) => {
  // Three Fargo hospitals publish a disclosure whose only AI tool runs on the facility's own computers.
  await e2eQuery(`
    WITH source AS (
      SELECT v.content, v.published_by_id FROM disclosure_version v JOIN facility f ON f.id = v.facility_id
      WHERE f.slug = '${LAKESIDE}' ORDER BY v.number DESC LIMIT 1
    ), fargo AS (
      SELECT id FROM facility WHERE city = 'Fargo' AND state = 'ND' AND NOT is_sample
        AND NOT EXISTS (SELECT 1 FROM disclosure_version WHERE facility_id = facility.id) ORDER BY name LIMIT 3
    ), published AS (
      INSERT INTO disclosure_version (id, facility_id, number, schema_version, content, published_by_id, attester_name, attester_title, attestation_statement)
      SELECT gen_random_uuid(), fargo.id, 1, source.content->>'schemaVersion',
             jsonb_set(source.content, '{aiTools}', jsonb_build_array(source.content->'aiTools'->1)),
             source.published_by_id, 'Pat Example (fictional)', 'Privacy Officer', 'I attest that this is accurate.'
      FROM fargo, source RETURNING facility_id, published_at
    )
    UPDATE facility SET disclosed_at = published.published_at FROM published WHERE facility.id = published.facility_id`);

  await page.goto("/facilities");
  await page.getByLabel("Near ZIP code").fill("58102");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByLabel("AI runs on-site only (or no AI)").check();
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/onSiteOnly=true/);
  const boxes = page.getByRole("checkbox", { name: /^Compare / });
  await expect(boxes).toHaveCount(3);
  await expectAccessible(page);

  const names = await page
    .getByRole("list", { name: /results/i })
    .getByRole("heading")
    .allInnerTexts();
  await page.getByRole("link", { name: names[0] }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(names[0]!);
  await expect(page.getByText("AI runs on-site").first()).toBeVisible();
  await page.goBack();

  for (const box of await boxes.all()) await box.check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page).toHaveURL(/\/compare\?f=[^&]+&f=[^&]+&f=[^&]+$/);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Ver esta página en español" }).click();
  await expect(page).toHaveURL(/\/es\/compare\?f=[^&]+&f=[^&]+&f=[^&]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comparar centros");
  await expectAccessible(page);

  await page.getByRole("link", { name: names[0] }).first().click();
  await expect(page).toHaveURL(/\/es\/facilities\//);
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Principal" })).toBeHidden();
  await expect(page.getByRole("heading", { name: /Preguntas/ }).first()).toBeVisible();
  const pdf = (await page.pdf({ format: "Letter" })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, "printed pages").toBeGreaterThan(0);
});
