import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { address, choosePassword, createUserByCommand, signUpAndVerify } from "./support/accounts";
import { waitForMail } from "./support/mailbox";

test("a proposed facility is public only once a moderator approves it, and duplicates are pointed out", async ({ browser }) => {
  test.setTimeout(120_000);
  const name = `Wiregrass Open MRI ${Date.now().toString(36)}`;
  const proposerEmail = address("owner");
  const proposer = await (await browser.newContext()).newPage();
  await signUpAndVerify(proposer, "Olive Owner", proposerEmail);

  await proposer.goto("/register-facility");
  await expectAccessible(proposer);
  await proposer.getByLabel("Facility name").fill(name);
  await proposer.getByLabel("Kind of facility").selectOption("IMAGING_CENTER");
  await proposer.getByLabel("Street address").fill("4300 West Main Street");
  await proposer.getByLabel("City or town").fill("Dothan");
  await proposer.getByLabel("State or territory").selectOption("AL");
  await proposer.getByLabel("ZIP code").fill("363O1");
  await proposer.getByLabel("Your job title at the facility").fill("Practice Manager");
  await proposer.getByLabel("Work phone").fill("334-555-0100");
  await proposer.getByLabel("How can a moderator check that you work there?").fill("Our state imaging licence is posted on our website.");
  await proposer.getByRole("button", { name: "Send for review" }).click();
  // A typo is explained next to its field, and nothing typed is lost.
  await expect(proposer.getByText("Error: A ZIP code is 5 digits.")).toBeVisible();
  await expect(proposer.getByLabel("Facility name")).toHaveValue(name);
  await proposer.getByLabel("ZIP code").fill("36301");
  await proposer.getByRole("button", { name: "Send for review" }).click();
  await expect(proposer.getByRole("status")).toContainText("a moderator will check the facility you proposed");

  await proposer.goto(`/facilities?q=${encodeURIComponent(name)}`);
  await expect(proposer.getByRole("link", { name })).toHaveCount(0);

  const moderator = await (await browser.newContext()).newPage();
  await choosePassword(moderator, await createUserByCommand(address("moderator"), "moderator"));
  await moderator.goto("/moderation?tab=registrations");
  await moderator.getByRole("link", { name }).click();
  const duplicates = moderator.getByRole("region", { name: "Possible duplicates" });
  await expect(duplicates.getByRole("link", { name: /Southeast Health Medical Center/ })).toBeVisible();
  await expectAccessible(moderator);
  await moderator.getByLabel(/^Approve:/).check();
  await moderator.getByRole("button", { name: "Record decision" }).click();
  await expect(moderator.getByText("Decision recorded: the request was approved")).toBeVisible();
  await waitForMail(proposerEmail, new RegExp(`${name} is now listed`));

  await proposer.goto(`/facilities?q=${encodeURIComponent(name)}`);
  await proposer.getByRole("link", { name }).click();
  await expect(proposer.getByText("Registered by the facility")).toBeVisible();
  await proposer.goto("/manage");
  await expect(proposer.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(proposer.getByText("You are a facility admin")).toBeVisible();
});

test("an administrator appoints a moderator; other people cannot open the admin pages", async ({ browser }) => {
  test.setTimeout(120_000);
  const personEmail = address("future.moderator");
  const person = await (await browser.newContext()).newPage();
  await signUpAndVerify(person, "Morgan Moderator", personEmail);
  await person.goto("/admin/users");
  await expect(person.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  await person.goto("/moderation");
  await expect(person.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await choosePassword(admin, await createUserByCommand(address("admin"), "admin"));
  await admin.goto("/admin/users");
  await admin.getByLabel("Email address or name").fill(personEmail);
  await admin.getByRole("button", { name: /Find|Search/ }).click();
  await admin.getByLabel(`Role for ${personEmail}`).selectOption("MODERATOR");
  await admin.getByRole("button", { name: "Change role" }).click();
  await expect(admin.getByRole("status")).toBeVisible();
  await expectAccessible(admin);
  await admin.goto("/admin/outbox");
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(admin);

  // The new role applies at once, to the session the person already has.
  await person.goto("/moderation");
  await expect(person.getByRole("heading", { level: 1, name: "Moderation queue" })).toBeVisible();
  await expect(person.getByRole("navigation", { name: "Manage" }).getByRole("link", { name: "Audit log" })).toBeVisible();
});
