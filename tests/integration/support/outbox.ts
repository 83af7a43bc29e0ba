import { db } from "@/lib/db";

// With no SMTP_URL, sendMail keeps every message in the outbox table: the tests read links there.

export interface Mail {
  subject: string;
  text: string;
}

/** Every message sent to the address, oldest first. */
export async function mailsTo(to: string): Promise<Mail[]> {
  return db().outboxMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" }, select: { subject: true, text: true } });
}

/** The one message to the address whose subject contains `subject`. */
export async function mailTo(to: string, subject: string): Promise<Mail> {
  const matching = (await mailsTo(to)).filter((mail) => mail.subject.includes(subject));
  if (matching.length !== 1) throw new Error(`Expected one mail to ${to} about "${subject}", found ${matching.length}.`);
  return matching[0]!;
}

/** The token of the link in a message. */
export function linkToken(mail: Mail): string {
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`No link with a token in "${mail.subject}".`);
  return token;
}
