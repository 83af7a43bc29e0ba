import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { address, choosePassword, createUserByCommand, signUpAndVerify } from "./support/accounts";
import { linkIn, waitForMail } from "./support/mailbox";

// The whole path from a stranger to a facility team, in one browser: sign up, confirm the
// address from the mail, claim a CMS hospital, a moderator approves, the new facility admin
// invites an editor, who signs up and accepts. Every page passes an accessibility scan.
test("a person claims a hospital, a moderator approves, and the new admin builds a team", async ({ browser }) => {
  test.setTimeout(180_000);
  const adminEmail = address("privacy.officer");
  const moderatorEmail = address("moderator");
  const editorEmail = address("editor");

  const claimant = await (await browser.newContext()).newPage();
  await signUpAndVerify(claimant, "Pat Privacy", adminEmail);

  await claimant.goto("/facilities?q=flowers+hospital");
  await claimant.getByRole("link", { name: "Flowers Hospital" }).first().click();
  await claimant.getByRole("link", { name: "Claim this facility" }).click();
  await expect(claimant.getByRole("heading", { level: 1 })).toHaveText("Claim Flowers Hospital");
  await expectAccessible(claimant);
  await claimant.getByRole("button", { name: "Send claim for review" }).click();
  await expect(claimant.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(claimant.getByLabel("Your job title at the facility")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(claimant);
  await claimant.getByLabel("Your job title at the facility").fill("Privacy Officer");
  await claimant.getByLabel("Work phone").fill("334-793-5000 ext 4410");
  await claimant.getByLabel("How can a moderator check that you work there?").fill("Call the switchboard and ask for the Privacy Office.");
  await claimant.getByRole("button", { name: "Send claim for review" }).click();
  await expect(claimant.getByRole("status")).toContainText("Your claim has been sent");
  await expect(claimant.getByText("Waiting for review")).toBeVisible();
  await expectAccessible(claimant);

  const moderator = await (await browser.newContext()).newPage();
  await choosePassword(moderator, await createUserByCommand(moderatorEmail, "moderator"));
  await moderator.goto("/moderation");
  await expectAccessible(moderator);
  await moderator
    .getByRole("link", { name: /Flowers Hospital/ })
    .first()
    .click();
  await expect(moderator.getByText("Call the switchboard and ask for the Privacy Office.")).toBeVisible();
  await expectAccessible(moderator);
  await moderator.getByLabel(/^Approve:/).check();
  await moderator.getByLabel(/Reason/).fill("Confirmed by phone with the switchboard.");
  await moderator.getByRole("button", { name: "Record decision" }).click();
  await expect(moderator.getByRole("status").filter({ hasText: "Decision recorded: the request was approved" })).toBeVisible();

  const approval = await waitForMail(adminEmail, /You now manage Flowers Hospital/);
  expect(approval.text).toContain("Confirmed by phone with the switchboard.");

  await claimant.goto("/manage");
  await claimant.getByRole("link", { name: "Team" }).click();
  await expect(claimant.getByRole("heading", { level: 1 })).toHaveText("Flowers Hospital: team");
  await expectAccessible(claimant);
  await claimant.getByLabel("Their work email address").fill(editorEmail);
  await claimant.getByRole("button", { name: "Send invitation" }).click();
  await expect(claimant.getByRole("status")).toContainText(`We have emailed an invitation to ${editorEmail}`);
  const invitation = await waitForMail(editorEmail, /Join the Flowers Hospital team/);

  const editor = await (await browser.newContext()).newPage();
  await signUpAndVerify(editor, "Eddie Editor", editorEmail);
  await editor.goto(linkIn(invitation, "/invitations"));
  await expectAccessible(editor);
  await editor.getByRole("button", { name: "Accept invitation" }).click();
  await expect(editor.getByRole("status")).toContainText("Welcome to the team of Flowers Hospital");
  const members = editor.getByRole("table");
  await expect(members.getByRole("row", { name: /Pat Privacy.*facility admin/ })).toBeVisible();
  await expect(members.getByRole("row", { name: /Eddie Editor.*editor/ })).toBeVisible();
  await expect(editor.getByText("Only the facility's admins can invite or remove members.")).toBeVisible();
  await expectAccessible(editor);

  await moderator.goto("/moderation/audit");
  await expect(moderator.getByRole("cell", { name: "Joined a facility team" }).first()).toBeVisible();
  await expectAccessible(moderator);
});
