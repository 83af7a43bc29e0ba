import { test, type Page } from "@playwright/test";
import { address, choosePassword, createUserByCommand, signUpAndVerify } from "./support/accounts";

const pages = [
  { name: "home", path: "/" },
  { name: "search", path: "/facilities?q=st+marys+hospitl" },
  { name: "search-near", path: "/facilities?near=36301&radius=25" },
  { name: "facility", path: "/facilities/southeast-health-medical-center-dothan-al" },
  { name: "search-errors", path: "/facilities?q=mercy&radius=-5&near=ABCDE" },
];

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
