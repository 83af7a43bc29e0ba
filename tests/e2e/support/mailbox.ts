import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

/** Where the test SMTP server (tests/e2e/global-setup.ts) files each message it receives. */
export const MAIL_DIR = path.join(os.tmpdir(), "scanaware-e2e-mail");
export const E2E_SMTP_PORT = 3125;

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

function received(): ReceivedMail[] {
  if (!fs.existsSync(MAIL_DIR)) return [];
  return fs
    .readdirSync(MAIL_DIR)
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(MAIL_DIR, file), "utf8")) as ReceivedMail);
}

/** Waits for the newest message to `to` whose subject matches, and returns it. */
export async function waitForMail(to: string, subject: RegExp): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(() => (found = received().findLast((mail) => mail.to.includes(to) && subject.test(mail.subject))), {
      message: `mail to ${to} with subject ${subject}`,
      timeout: 15_000,
    })
    .toBeTruthy();
  return found!;
}

/** The first link in a message that points at `pathname` on the app, as a path for page.goto. */
export function linkIn(mail: ReceivedMail, pathname: string): string {
  const url = mail.text
    .match(/https?:\/\/\S+/g)
    ?.map((link) => new URL(link))
    .find((link) => link.pathname === pathname);
  if (!url) throw new Error(`no ${pathname} link in "${mail.subject}":\n${mail.text}`);
  return url.pathname + url.search;
}
