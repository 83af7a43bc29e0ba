import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { E2E_PORT } from "../../playwright.config";
import { E2E_SMTP_PORT, MAIL_DIR } from "./support/mailbox";
import { startOidcProvider } from "./support/oidc";

/**
 * Services the app talks to, running in the test runner: a hospital's OpenID Connect provider,
 * and a real SMTP server: the app sends through nodemailer as in production, and
 * tests read the links out of what arrived. Each message becomes a JSON file that any worker can read.
 */
export default async function globalSetup() {
  const stopOidc = await startOidcProvider(`http://127.0.0.1:${E2E_PORT}`);
  fs.rmSync(MAIL_DIR, { recursive: true, force: true });
  fs.mkdirSync(MAIL_DIR, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const file = path.join(MAIL_DIR, `${Date.now()}-${String(++count).padStart(5, "0")}.json`);
          const to = session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase());
          fs.writeFileSync(file, JSON.stringify({ to, subject: mail.subject ?? "", text: mail.text ?? "" }));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(E2E_SMTP_PORT, "127.0.0.1", resolve);
  });
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await stopOidc();
  };
}
