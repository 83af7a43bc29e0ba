import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { hash } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";
import { e2eQuery } from "../database";
import { E2E_DATABASE, databaseUrl, startTestServer } from "../../support/test-database";
import { expectAccessible } from "./accessibility";
import { linkIn, waitForMail } from "./mailbox";

export const PASSWORD = "lantern orchard velvet 42";

/** A fresh address per run, so reruns against the same database never collide. */
export const address = (who: string) => `${who}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;

/** Signs up through the form and confirms the address from the mail that arrived. */
export async function signUpAndVerify(page: Page, name: string, email: string) {
  await page.goto("/sign-up");
  await expectAccessible(page);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Work email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expectAccessible(page);

  const mail = await waitForMail(email, /Confirm your email address/);
  await page.goto(linkIn(mail, "/verify-email"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByRole("status")).toContainText("Your email address is confirmed");
}

/** `npm run user:create` against the e2e database; returns the set-password link it prints. */
export async function createUserByCommand(email: string, role: "admin" | "moderator"): Promise<string> {
  const server = await startTestServer();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "scripts/user-create.mts", "--email", email, "--role", role, "--name", `Test ${role}`],
    { env: { ...process.env, DATABASE_URL: databaseUrl(server.adminUrl, E2E_DATABASE), APP_URL: "http://127.0.0.1:3100", SMTP_URL: "" } },
  );
  const link = stdout.match(/https?:\/\/\S+\/reset-password\?token=\S+/)?.[0];
  if (!link) throw new Error(`user:create printed no link:\n${stdout}`);
  return new URL(link).pathname + new URL(link).search;
}

/** Follows a set-password link and chooses the password; the person is then signed in. */
export async function choosePassword(page: Page, link: string) {
  await page.goto(link);
  await page.getByLabel("New password").fill(PASSWORD);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My facilities" })).toBeVisible();
}

/** An account with a confirmed address and a password, made directly in the e2e database. */
export async function accountWithPassword(who = "security", name = "Sam Security"): Promise<string> {
  const email = address(who);
  const passwordHash = await hash(PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await e2eQuery("INSERT INTO app_user (id, email, name, password_hash, email_verified_at) VALUES (gen_random_uuid(), $1, $3, $2, now())", [
    email,
    passwordHash,
    name,
  ]);
  return email;
}

export async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}
