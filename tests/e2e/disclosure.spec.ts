import { writeFile } from "node:fs/promises";
import { expect, test, type Browser } from "@playwright/test";
import { sampleDisclosure } from "@/lib/disclosures/sample";
import { e2eQuery } from "./database";
import { expectAccessible } from "./support/accessibility";
import { accountWithPassword, address, choosePassword, createUserByCommand, PASSWORD, submitSignIn } from "./support/accounts";
import { answerTheRestUnknown, choose, question, saveAndContinue, type } from "./support/disclosure-form";

/** A real hospital of the seeded list, with a facility admin and an editor on its team. */
async function facilityWithTeam(state = "AL") {
  const { rows } = await e2eQuery("SELECT id, slug, name FROM facility WHERE NOT is_sample AND state = $1 ORDER BY name OFFSET 7 LIMIT 1", [
    state,
  ]);
  const facility = rows[0] as { id: string; slug: string; name: string };
  const adminEmail = await accountWithPassword("disclosure.admin", "Avery Admin");
  const editorEmail = await accountWithPassword("disclosure.editor", "Eli Editor");
  for (const [email, role] of [
    [adminEmail, "FACILITY_ADMIN"],
    [editorEmail, "EDITOR"],
  ]) {
    await e2eQuery("INSERT INTO membership (user_id, facility_id, role) SELECT id, $2, $3 FROM app_user WHERE email = $1", [
      email,
      facility.id,
      role,
    ]);
  }
  return { facility, adminEmail, editorEmail };
}

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await submitSignIn(page, email, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "My facilities" })).toBeVisible();
  return page;
}

test("an editor drafts a disclosure with two AI tools, an admin publishes it twice, and a visitor sees what changed", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { facility, adminEmail, editorEmail } = await facilityWithTeam();
  const editor = await signedIn(browser, editorEmail);

  await editor.getByRole("listitem").filter({ hasText: facility.name }).getByRole("link", { name: "Disclosure" }).click();
  await expectAccessible(editor);
  await editor.getByRole("link", { name: "Start the disclosure" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Facility practices" })).toBeVisible();
  await choose(editor, "Does the facility use AI on patients' images?", "Yes");
  await type(editor, "Privacy policies (up to 3 web addresses)", "https://www.example-hospital.org/privacy");
  await type(editor, "How long are images kept?", "seven");
  await choose(editor, "Are they shared to train AI?", "No, not shared");
  await choose(editor, "Can patients opt out?", "Yes");
  await type(editor, "How does a patient opt out?", "Tell the front desk at check-in.");
  await answerTheRestUnknown(editor);
  // A value that makes no sense is explained next to its question, and nothing typed is lost.
  await editor.getByRole("button", { name: "Save and continue to AI tools" }).click();
  await expect(question(editor, "How long are images kept?")).toContainText("Error:");
  await expect(question(editor, "How does a patient opt out?").getByRole("textbox")).toHaveValue("Tell the front desk at check-in.");
  await expectAccessible(editor);
  await type(editor, "How long are images kept?", "7");
  await saveAndContinue(editor, "Save and continue to AI tools");

  for (const tool of [
    {
      name: "ChestView Triage",
      vendor: "Example Imaging AI",
      where: "In the vendor's cloud",
      region: "United States (Virginia)",
      leaving: "De-identified images",
    },
    {
      name: "NeuroMeasure",
      vendor: "Brainworks",
      where: "On-site, on the facility's own computers",
      region: "",
      leaving: "Nothing leaves the facility",
    },
  ]) {
    await editor.getByRole("link", { name: "Add an AI tool" }).click();
    await type(editor, "Product name", tool.name);
    await type(editor, "Vendor", tool.vendor);
    await type(editor, "FDA submission number", "K213456");
    await choose(editor, "Where it runs", tool.where);
    if (tool.region) await type(editor, "Country or region where it runs", tool.region);
    await choose(editor, "What leaves the facility", tool.leaving);
    await choose(editor, "May the vendor use the data to train or improve its models?", "No, never");
    await answerTheRestUnknown(editor);
    await expectAccessible(editor);
    await saveAndContinue(editor, "Save this tool");
    await expect(editor.getByRole("heading", { level: 2, name: tool.name })).toBeVisible();
  }

  // The editor leaves, and comes back to the draft as it was.
  await editor.goto("/");
  await editor.goto("/manage");
  await editor.getByRole("listitem").filter({ hasText: facility.name }).getByRole("link", { name: "Disclosure" }).click();
  await editor.getByRole("link", { name: "Continue the draft" }).click();
  await expect(question(editor, "Does the facility use AI on patients' images?").getByLabel("Yes", { exact: true })).toBeChecked();
  await expect(question(editor, "How long are images kept?").getByRole("textbox")).toHaveValue("7");
  await editor.getByRole("link", { name: "3. Breaches" }).click();
  await choose(editor, "Any reportable breaches involving imaging data in the last 6 years?", "No");
  await saveAndContinue(editor, "Save and continue to review");
  await expect(editor.getByRole("heading", { level: 2, name: "Preview: what patients will see" })).toBeVisible();
  await expect(editor.getByText("Only the facility's admins can publish.")).toBeVisible();
  await expectAccessible(editor);

  // A visitor has the page open before it is published (the server keeps it in memory for the
  // next visitors): each publication shows on reload at once.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/facilities/${facility.slug}`);
  await expect(visitor.getByRole("heading", { name: "Not yet disclosed" })).toBeVisible();

  const admin = await signedIn(browser, adminEmail);
  await admin.goto(`/manage/${facility.id}/disclosure/review`);
  await expect(admin.getByText("ChestView Triage").first()).toBeVisible();
  await admin.getByLabel("Your full name").fill("Avery Admin");
  await admin.getByLabel("Your job title").fill("Chief Privacy Officer");
  await admin.getByRole("button", { name: "Publish this disclosure" }).click();
  await expect(admin.getByText("Confirm the statement to publish.").first()).toBeVisible();
  await admin.getByLabel(/I attest that/).check();
  await admin.getByRole("button", { name: "Publish this disclosure" }).click();
  await expect(admin.getByRole("status")).toContainText("Version 1 is published");
  await visitor.reload();
  await expect(visitor.getByText(/version 1, attested by Avery Admin, Chief Privacy Officer/)).toBeVisible();

  // Version 2: one answer changes.
  await admin.getByRole("link", { name: "Start a new version" }).click();
  await type(admin, "How long are images kept?", "10");
  await saveAndContinue(admin, "Save and continue to AI tools");
  await admin.goto(`/manage/${facility.id}/disclosure/review`);
  await admin.getByLabel("Your full name").fill("Avery Admin");
  await admin.getByLabel("Your job title").fill("Chief Privacy Officer");
  await admin.getByLabel(/I attest that/).check();
  await admin.getByRole("button", { name: "Publish this disclosure" }).click();
  await expect(admin.getByRole("status")).toContainText("Version 2 is published");

  await visitor.reload();
  await expect(visitor.getByText(/version 2, attested by Avery Admin, Chief Privacy Officer/)).toBeVisible();
  await expectAccessible(visitor);
  await visitor
    .getByRole("link", { name: /history/i })
    .first()
    .click();
  await expectAccessible(visitor);
  await visitor.goto(`/facilities/${facility.slug}/versions/compare?from=1&to=2`);
  await expect(visitor.getByText("How long are images kept?").first()).toBeVisible();
  await expect(visitor.getByText("7 years").first()).toBeVisible();
  await expect(visitor.getByText("10 years").first()).toBeVisible();
  await expectAccessible(visitor);
});

test("one file fills the drafts of two sites; a moderator hides a published version with a public reason", async ({ browser }) => {
  test.setTimeout(120_000);
  const { rows } = await e2eQuery("SELECT id, slug, name FROM facility WHERE NOT is_sample AND state = 'AK' ORDER BY name LIMIT 2");
  const [first, second] = rows as { id: string; slug: string; name: string }[];
  const adminEmail = await accountWithPassword("network.admin", "Nadia Network");
  for (const facility of [first!, second!]) {
    await e2eQuery("INSERT INTO membership (user_id, facility_id, role) SELECT id, $2, 'FACILITY_ADMIN' FROM app_user WHERE email = $1", [
      adminEmail,
      facility.id,
    ]);
  }
  const admin = await signedIn(browser, adminEmail);

  const file = test.info().outputPath("disclosure.json");
  await writeFile(file, JSON.stringify(sampleDisclosure));
  await admin.goto("/manage/import-disclosure");
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Import into the chosen drafts" }).click();
  await expect(admin.getByText("Error: Choose at least one facility.")).toBeVisible();
  await admin.getByLabel("Disclosure file (.json)").setInputFiles(file);
  await admin.getByLabel(first!.name, { exact: false }).check();
  await admin.getByLabel(second!.name, { exact: false }).check();
  await admin.getByRole("button", { name: "Import into the chosen drafts" }).click();
  await expect(admin.getByRole("status")).toContainText("Imported into the draft of 2 facilities");

  // The second site's draft now holds the file's answers: it exports them back unchanged.
  const download = await admin.request.get(`/manage/${second!.id}/disclosure/export`);
  expect(await download.json()).toEqual(sampleDisclosure);
  await admin.goto(`/manage/${second!.id}/disclosure/review`);
  await admin.getByLabel("Your full name").fill("Nadia Network");
  await admin.getByLabel("Your job title").fill("Privacy Director");
  await admin.getByLabel(/I attest that/).check();
  await admin.getByRole("button", { name: "Publish this disclosure" }).click();
  await expect(admin.getByRole("status")).toContainText("Version 1 is published");
  // A visitor reads the published version before it is hidden.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/facilities/${second!.slug}`);
  await expect(visitor.getByText(/version 1, attested by Nadia Network, Privacy Director/)).toBeVisible();

  const moderator = await (await browser.newContext()).newPage();
  await choosePassword(moderator, await createUserByCommand(address("moderator"), "moderator"));
  await moderator.goto(`/facilities/${second!.slug}/versions`);
  await moderator.getByText("Hide version 1 (moderators)").click();
  await moderator.getByLabel("Public reason").fill("The facility told us this was published for the wrong site.");
  await moderator.getByRole("button", { name: "Hide version 1" }).click();
  // The row itself now says why the version is hidden, in place of its content.
  await expect(moderator.getByText("Hidden by a moderator: The facility told us this was published for the wrong site.")).toBeVisible();

  await visitor.goto(`/facilities/${second!.slug}/versions`);
  await expect(visitor.getByText("Hidden by a moderator: The facility told us this was published for the wrong site.")).toBeVisible();
  await expect(visitor.getByText("Hide version 1 (moderators)")).toHaveCount(0);
  await visitor.goto(`/facilities/${second!.slug}`);
  await expect(visitor.getByRole("heading", { name: "Not yet disclosed" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a step saves, explains a wrong answer next to its question, and keeps the answers", async ({ page }) => {
    const { facility, editorEmail } = await facilityWithTeam("AZ");
    await submitSignIn(page, editorEmail, PASSWORD);
    await page.goto(`/manage/${facility.id}/disclosure/practices`);
    await choose(page, "Does the facility use AI on patients' images?", "No");
    await type(page, "Notice of Privacy Practices", "not a web address");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(question(page, "Notice of Privacy Practices")).toContainText("Error: Enter a web address starting with https://");
    await expect(question(page, "Does the facility use AI on patients' images?").getByLabel("No", { exact: true })).toBeChecked();
    await type(page, "Notice of Privacy Practices", "https://www.example-hospital.org/hipaa");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText(/^Saved at /)).toBeVisible();
    await page.goto(`/manage/${facility.id}/disclosure/practices`);
    await expect(question(page, "Notice of Privacy Practices").getByRole("textbox")).toHaveValue("https://www.example-hospital.org/hipaa");
  });
});
