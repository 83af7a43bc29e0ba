import { test, type Page } from "@playwright/test";
import { e2eQuery } from "./database";
import {
  accountWithPassword,
  address,
  choosePassword,
  createUserByCommand,
  PASSWORD,
  signUpAndVerify,
  submitSignIn,
} from "./support/accounts";

const pages = [
  { name: "home", path: "/" },
  { name: "search", path: "/facilities?q=st+marys+hospitl" },
  { name: "search-near", path: "/facilities?near=36301&radius=25" },
  { name: "facility", path: "/facilities/southeast-health-medical-center-dothan-al" },
  { name: "search-errors", path: "/facilities?q=mercy&radius=-5&near=ABCDE" },
  {
    name: "compare",
    path: "/compare?f=sample-lakeside-open-mri&f=sample-riverbend-imaging-center&f=southeast-health-medical-center-dothan-al",
  },
  { name: "facility-es", path: "/es/facilities/sample-lakeside-open-mri" },
  { name: "search-es", path: "/es/facilities?near=53703&radius=25" },
];

// Long reference pages: the top of each, on a desktop screen.
for (const { name, path } of [
  { name: "open-data", path: "/data" },
  { name: "api-reference", path: "/developers" },
]) {
  test(`screenshot: ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await page.screenshot({ path: `docs/screenshots/${name}-desktop.png` });
  });
}

for (const { name, path } of pages) {
  test(`screenshot: ${name}`, async ({ page }) => {
    for (const [device, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await page.screenshot({ path: `docs/screenshots/${name}-${device}.png`, fullPage: true });
    }
  });
}

test("screenshot: a claim from sign-up to the moderator's review", async ({ browser }) => {
  test.setTimeout(120_000);
  const shoot = async (page: Page, name: string) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `docs/screenshots/${name}-desktop.png`, fullPage: true });
  };
  const claimant = await (await browser.newContext()).newPage();
  await claimant.goto("/sign-up");
  await shoot(claimant, "sign-up");
  await signUpAndVerify(claimant, "Pat Privacy", address("pat.privacy"));
  await claimant.goto("/claim/southeast-health-medical-center-dothan-al");
  await claimant.getByLabel("Your job title at the facility").fill("Privacy Officer");
  await claimant.getByLabel("Work phone").fill("334-793-8111 ext 2210");
  await claimant.getByLabel("How can a moderator check that you work there?").fill("Call the switchboard and ask for the Privacy Office.");
  await shoot(claimant, "claim");
  await claimant.getByRole("button", { name: "Send claim for review" }).click();
  await claimant.getByRole("status").waitFor();
  await shoot(claimant, "manage");

  const moderator = await (await browser.newContext()).newPage();
  await choosePassword(moderator, await createUserByCommand(address("moderator"), "moderator"));
  await moderator.goto("/moderation");
  await shoot(moderator, "moderation-queue");
  await moderator
    .getByRole("link", { name: /Southeast Health Medical Center/ })
    .first()
    .click();
  await shoot(moderator, "moderation-claim");
});

test("screenshot: a disclosure, written and compared", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto("/facilities/sample-lakeside-open-mri");
  await page.screenshot({ path: "docs/screenshots/facility-disclosed-desktop.png", fullPage: true });

  // A second version of a sample facility, with one answer changed, to compare with the first.
  await e2eQuery(
    `INSERT INTO disclosure_version (id, facility_id, number, kind, schema_version, content, published_by_id, attester_name, attester_title, attestation_statement)
     SELECT gen_random_uuid(), facility_id, 2, 'PUBLICATION', schema_version,
            jsonb_set(content, '{practices,imageRetention}', '{"state": "answered", "value": {"years": 10}}'),
            published_by_id, attester_name, attester_title, attestation_statement
     FROM disclosure_version v JOIN facility f ON f.id = v.facility_id
     WHERE f.slug = 'sample-riverbend-imaging-center' AND v.number = 1
     ON CONFLICT DO NOTHING`,
  );
  await page.goto("/facilities/sample-riverbend-imaging-center/versions/compare?from=1&to=2");
  await page.screenshot({ path: "docs/screenshots/disclosure-compare-desktop.png", fullPage: true });

  const email = await accountWithPassword("screenshot.editor", "Eli Editor");
  await e2eQuery(
    "INSERT INTO membership (user_id, facility_id, role) SELECT u.id, f.id, 'EDITOR' FROM app_user u, facility f WHERE u.email = $1 AND f.slug = 'southeast-health-medical-center-dothan-al'",
    [email],
  );
  await submitSignIn(page, email, PASSWORD);
  await page.getByRole("link", { name: "Disclosure" }).first().click();
  await page.getByRole("link", { name: "Start the disclosure" }).click();
  await page.getByRole("group", { name: "Does the facility use AI on patients' images?" }).getByLabel("Yes", { exact: true }).check();
  await page.screenshot({ path: "docs/screenshots/disclosure-practices-desktop.png" });
});
