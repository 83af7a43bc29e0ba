import "server-only";
import { requireModerator, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./schema";

type Writer = Pick<Prisma.TransactionClient, "auditEvent">;

export interface AuditEntry {
  /** null id: an attempt on an address with no account. */
  actor: { id: string | null; email: string } | null;
  ip: string | null;
  action: AuditAction;
  subjectType: "user" | "facility" | "claim" | "registration" | "invitation" | "disclosure_version" | "inaccuracy_report";
  subjectId?: string | null;
  /** What changed, in plain values; never a password, token or hash. */
  details?: Prisma.InputJsonObject;
}

/** Call with the transaction that makes the change, so the log and the change stand or fall together. */
export async function recordAudit(writer: Writer, entry: AuditEntry): Promise<void> {
  await writer.auditEvent.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      ip: entry.ip,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      details: entry.details ?? {},
    },
  });
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  action?: AuditAction;
  /** Matches the actor's email or the subject's id. */
  who?: string;
  /** Rows older than this id: the next page. */
  before?: bigint;
}

export async function listAuditEvents(actor: Actor, filter: AuditFilter) {
  requireModerator(actor);
  const rows = await db().auditEvent.findMany({
    where: {
      action: filter.action,
      id: filter.before ? { lt: filter.before } : undefined,
      OR: filter.who ? [{ actorEmail: { contains: filter.who.toLowerCase() } }, { subjectId: filter.who }] : undefined,
    },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, at: true, actorEmail: true, ip: true, action: true, subjectType: true, subjectId: true, details: true },
  });
  return { events: rows.slice(0, AUDIT_PAGE_SIZE), nextBefore: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1]!.id : null };
}
