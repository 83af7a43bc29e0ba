import "server-only";
import { requireAdmin, type Actor, type GlobalRole } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { appLink } from "@/lib/mail/links";
import { setPasswordMessage } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { VERIFY_EMAIL_TTL_MS } from "./data";
import { newToken } from "./tokens";

export async function listUsers(actor: Actor, query: string) {
  requireAdmin(actor);
  const q = query.trim().toLowerCase();
  return db().user.findMany({
    where: q ? { OR: [{ email: { contains: q } }, { name: { contains: q, mode: "insensitive" } }] } : { role: { not: "USER" } },
    orderBy: [{ role: "desc" }, { email: "asc" }],
    take: 50,
    select: { id: true, email: true, name: true, role: true, emailVerifiedAt: true, createdAt: true },
  });
}

/** Administrators appoint and remove moderators (and other administrators), never themselves. */
export async function setUserRole(actor: Actor, userId: string, role: GlobalRole, ip: string): Promise<void> {
  const admin = requireAdmin(actor);
  if (admin.id === userId) throw new ConflictError("You cannot change your own role; ask another administrator.");
  await db().$transaction(async (tx) => {
    // The administrators' rows stay locked until this change commits: two administrators
    // demoting each other at once cannot leave the registry with none.
    const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM app_user WHERE role = 'ADMIN' FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
    if (!user) throw new NotFoundError("No such account.");
    if (user.role === role) return;
    if (user.role === "ADMIN" && !admins.some((row) => row.id === admin.id)) {
      throw new ConflictError("Your own administrator role changed meanwhile; reload the page.");
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, {
      actor: admin,
      ip,
      action: "account.role-changed",
      subjectType: "user",
      subjectId: userId,
      details: { from: user.role, to: role },
    });
  });
}

/**
 * `npm run user:create`: an account with a verified address and a role, and a link to choose a
 * password (so no password is ever typed on a command line, where `ps` and shell history see it).
 */
export async function createUserByCommand(email: string, name: string, role: GlobalRole): Promise<string> {
  const { token, tokenHash } = newToken();
  await db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, role: true } });
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { role, emailVerifiedAt: new Date() }, select: { id: true, email: true } })
      : await tx.user.create({ data: { email, name, role, emailVerifiedAt: new Date() }, select: { id: true, email: true } });
    await tx.emailToken.create({
      data: { userId: user.id, purpose: "RESET_PASSWORD", tokenHash, expiresAt: new Date(Date.now() + VERIFY_EMAIL_TTL_MS) },
    });
    await recordAudit(tx, {
      actor: null,
      ip: null,
      action: existing ? "account.role-changed" : "account.created-by-command",
      subjectType: "user",
      subjectId: user.id,
      details: { role, by: "command line", ...(existing ? { from: existing.role } : {}) },
    });
  });
  const link = appLink("/reset-password", token);
  await sendMail(setPasswordMessage(email, link));
  return link;
}
