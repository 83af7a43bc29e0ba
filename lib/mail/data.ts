import "server-only";
import { requireAdmin, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { MailMessage } from "./messages";

export async function saveToOutbox(message: MailMessage): Promise<void> {
  await db().outboxMessage.create({ data: { to: message.to, subject: message.subject, text: message.text } });
}

/** The outbox holds sign-in links: administrators only. */
export async function listOutbox(actor: Actor) {
  requireAdmin(actor);
  return db().outboxMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
