import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { saveToOutbox } from "./data";
import type { MailMessage } from "./messages";

let transporter: Transporter | undefined;

/**
 * Sends through SMTP_URL. Without it (a local install), the message goes to the server log and
 * the administrators' outbox page instead, so sign-up and invitations still work end to end.
 * Mail is sent after the change it reports has committed; a failure to send is logged and does
 * not undo the change (every message can be asked for again).
 */
export async function sendMail(message: MailMessage): Promise<void> {
  const config = env();
  try {
    if (!config.SMTP_URL) {
      logger.info({ to: message.to, subject: message.subject }, "no SMTP_URL: mail kept in the outbox");
      await saveToOutbox(message);
      return;
    }
    transporter ??= nodemailer.createTransport(config.SMTP_URL, { from: config.MAIL_FROM });
    await transporter.sendMail({ to: message.to, subject: message.subject, text: message.text });
  } catch (error) {
    logger.error({ err: error, subject: message.subject }, "could not send mail");
  }
}
