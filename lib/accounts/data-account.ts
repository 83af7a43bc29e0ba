import "server-only";
import { requireSignedIn, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import { consume, reset } from "@/lib/rate-limits/data";
import { weakPasswordCheck } from "./data";
import { hashPassword, verifyPassword } from "./password";

/** Changes the password and ends every session of the account (the caller starts a new one here). */
export async function changePassword(actor: Actor, currentPassword: string, password: string, ip: string): Promise<void> {
  const user = requireSignedIn(actor);
  // A stolen session must not become a way to guess the password: wrong guesses count as failed sign-ins.
  const pair = `${user.email}|${ip}`;
  await consume("signInFailuresPerAccountAndIp", pair);
  const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  // An account that signs in only through single sign-on sets a first password by emailed link,
  // so that a stolen session cannot add a password that outlives the SSO account.
  if (!row.passwordHash)
    throw new FieldError("currentPassword", "Your account has no password yet: use “Forgotten your password?” to set one by email.");
  if (!(await verifyPassword(row.passwordHash, currentPassword))) {
    throw new FieldError("currentPassword", "This is not your current password.");
  }
  await reset("signInFailuresPerAccountAndIp", pair);
  weakPasswordCheck(password, [user.email, user.name]);
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionsValidAfter: new Date() } });
    await recordAudit(tx, { actor: user, ip, action: "account.password-changed", subjectType: "user", subjectId: user.id });
  });
}

/** Ends every session of the account, on every device, including this one. */
export async function signOutEverywhere(actor: Actor, ip: string): Promise<void> {
  const user = requireSignedIn(actor);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { sessionsValidAfter: new Date() } });
    await recordAudit(tx, { actor: user, ip, action: "account.signed-out-everywhere", subjectType: "user", subjectId: user.id });
  });
}
