import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { address, choosePassword, createUserByCommand } from "./support/accounts";
import { waitForMail } from "./support/mailbox";

// Every post from the e2e browser comes from one address, which may send 5 reports an hour: this
// file stores one. Invalid forms are refused before they are counted. The 2-second rule, the hidden
// field and the limit itself are tested in tests/integration/reports.test.ts.

const FACILITY = "/facilities/sample-riverbend-imaging-center";

async function openReportForm(page: Page) {
  await page.goto(FACILITY);
  await page.getByRole("link", { name: "Report an inaccuracy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report an inaccuracy" })).toBeVisible();
}

test("a visitor reports an inaccuracy without an account or JavaScript; a moderator resolves it and the visitor is told", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const words = `The page says there is no opt-out, but the front desk offered me one (${Date.now().toString(36)}).`;
  const visitorEmail = address("visitor");
  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();

  await openReportForm(visitor);
  await expect(visitor.getByText(/You are reporting on version \d+ of its disclosure/)).toBeVisible();
  await expect(visitor.getByText("Only to reply to you; never shown or shared.", { exact: false })).toBeVisible();
  // The field for bots is out of sight and out of the Tab order.
  await expect(visitor.locator('input[name="website"]')).toHaveAttribute("tabindex", "-1");

  await visitor.getByLabel("Tell us more").fill("Wrong.");
  await visitor.getByLabel("Your email address (optional)").fill("not-an-address");
  await visitor.getByRole("button", { name: "Send report" }).click();
  await expect(visitor.getByText("Error: Choose what the problem is about.")).toBeVisible();
  await expect(visitor.getByText("Error: Tell us what is wrong in at least 10 characters.")).toBeVisible();
  await expect(visitor.getByText("Error: Enter an email address like name@example.com, or leave it empty.")).toBeVisible();

  await visitor.getByLabel("What is wrong?").selectOption({ label: "Opt-out" });
  await visitor.getByLabel("Tell us more").fill(words);
  await visitor.getByLabel("Your email address (optional)").fill(visitorEmail);
  // A form sent back within 2 seconds of being shown is taken for a bot's; a person is slower.
  await visitor.waitForTimeout(2_100);
  await visitor.getByRole("button", { name: "Send report" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Thank you — a moderator will check it" })).toBeVisible();
  expect((await visitor.context().cookies()).map((cookie) => cookie.name)).toEqual([]);

  const moderator = await (await browser.newContext()).newPage();
  await choosePassword(moderator, await createUserByCommand(address("moderator"), "moderator"));
  await moderator.goto("/moderation");
  await moderator.getByRole("navigation", { name: "Kind of request" }).getByRole("link", { name: "Reports" }).click();
  await moderator.getByRole("row").filter({ hasText: words }).getByRole("link").click();
  await expect(moderator.getByText(words)).toBeVisible();
  await expect(moderator.getByText(visitorEmail)).toHaveCount(0);
  await expectAccessible(moderator);
  await moderator.getByLabel(/^Resolved:/).check();
  await moderator.getByLabel("Note (optional)").fill("The facility confirmed the opt-out and will correct its disclosure.");
  await moderator.getByRole("button", { name: "Record decision" }).click();
  await expect(moderator.getByText("Decision recorded: the report was resolved")).toBeVisible();
  await expectAccessible(moderator);

  const mail = await waitForMail(visitorEmail, /your report about Riverbend/);
  expect(mail.text).toContain("The facility confirmed the opt-out");
  expect(mail.text).toContain("We have now deleted your email address");
});

test("the report form and its errors pass an accessibility scan", async ({ page }) => {
  await openReportForm(page);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send report" }).click();
  // Not Next.js's route announcer, which has the alert role too.
  await expect(page.locator('[role="alert"]:not(#__next-route-announcer__)')).toContainText("There is a problem");
  await expectAccessible(page);
});
