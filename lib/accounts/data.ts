import "server-only";
import { requireSignedIn, type Actor, type GlobalRole } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { appLink } from "@/lib/mail/links";
import { accountExistsMessage, resetPasswordMessage, verifyEmailMessage } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { consume, reset, reward } from "@/lib/rate-limits/data";
import { hashPassword, passwordWeakness, verifyDecoy, verifyPassword } from "./password";
import type { SignInInput, SignUpInput } from "./schema";
import { hashToken, newToken } from "./tokens";

const HOUR = 60 * 60 * 1000;
export const VERIFY_EMAIL_TTL_MS = 24 * HOUR;
export const RESET_PASSWORD_TTL_MS = HOUR;

const actorSelect = { id: true, email: true, name: true, role: true, emailVerifiedAt: true } satisfies Prisma.UserSelect;

function toActor(user: Prisma.UserGetPayload<{ select: typeof actorSelect }>): NonNullable<Actor> {
  return { id: user.id, email: user.email, name: user.name, role: user.role as GlobalRole, emailVerified: user.emailVerifiedAt !== null };
}

/** The account behind a session that began at `authTime`, unless it has since been revoked. */
export async function getSessionUser(userId: string, authTime: Date): Promise<Actor> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { ...actorSelect, sessionsValidAfter: true } });
  if (!user || user.sessionsValidAfter > authTime) return null;
  return toActor(user);
}

export function weakPasswordCheck(password: string, personal: string[]): void {
  const weakness = passwordWeakness(password, personal);
  if (weakness) throw new FieldError("password", weakness);
}

/**
 * Creates an unverified account and emails a confirmation link. An address that already has an
 * account gets a "you already have one" message instead, and the caller sees the same outcome, so
 * sign-up cannot be used to find out who has an account.
 */
export async function signUp(input: SignUpInput, ip: string): Promise<void> {
  await consume("signUpPerIp", ip);
  weakPasswordCheck(input.password, [input.email, input.name]);
  const passwordHash = await hashPassword(input.password);
  const { token, tokenHash } = newToken();
  try {
    await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash },
        select: { id: true, email: true },
      });
      await tx.emailToken.create({
        data: { userId: user.id, purpose: "VERIFY_EMAIL", tokenHash, expiresAt: new Date(Date.now() + VERIFY_EMAIL_TTL_MS) },
      });
      await recordAudit(tx, { actor: user, ip, action: "account.signed-up", subjectType: "user", subjectId: user.id });
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    await sendMail(accountExistsMessage(input.email, appLink("/forgot-password")));
    return;
  }
  await sendMail(verifyEmailMessage(input.email, appLink("/verify-email", token)));
}

/** Uses a single-use token; the account it belonged to, or a FieldError on `token`. */
async function useToken(tx: Prisma.TransactionClient, token: string, purpose: "VERIFY_EMAIL" | "RESET_PASSWORD") {
  const now = new Date();
  const row = await tx.emailToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!row || row.purpose !== purpose) throw new FieldError("token", "This link is not valid. Use the newest link we sent you.");
  if (row.usedAt) throw new FieldError("token", "This link has already been used. Ask for a new one if you need it.");
  if (row.expiresAt <= now) throw new FieldError("token", "This link has expired. Ask for a new one.");
  // The condition on usedAt makes two simultaneous uses of one link count once.
  const { count } = await tx.emailToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
  if (count !== 1) throw new FieldError("token", "This link has already been used. Ask for a new one if you need it.");
  return row.user;
}

/** Marks the address verified; returns the account, to sign it in. */
export async function verifyEmail(token: string, ip: string): Promise<string> {
  return db().$transaction(async (tx) => {
    const user = await useToken(tx, token, "VERIFY_EMAIL");
    await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    await recordAudit(tx, { actor: user, ip, action: "account.email-verified", subjectType: "user", subjectId: user.id });
    return user.id;
  });
}

export async function resendVerification(actor: Actor): Promise<void> {
  const user = requireSignedIn(actor);
  if (user.emailVerified) return;
  await consume("verificationEmailPerAccount", user.id);
  const { token, tokenHash } = newToken();
  await db().emailToken.create({
    data: { userId: user.id, purpose: "VERIFY_EMAIL", tokenHash, expiresAt: new Date(Date.now() + VERIFY_EMAIL_TTL_MS) },
  });
  await sendMail(verifyEmailMessage(user.email, appLink("/verify-email", token)));
}

const WRONG_CREDENTIALS = "The email address or the password is not right.";

/**
 * Checks a password sign-in against three limiters (lib/rate-limits/policies.ts) and records the
 * attempt either way. `knownDevice`: this browser has signed in to this account before.
 */
export async function signInWithPassword(input: SignInInput, ip: string, knownDevice: boolean): Promise<string> {
  const pair = `${input.email}|${ip}`;
  await consume("signInPerIp", ip);
  // Counted as failures before the password is checked, so that guesses sent at the same moment
  // cannot all slip past the limit; a success gives the points back.
  await consume("signInFailuresPerAccountAndIp", pair);
  if (!knownDevice) await consume("signInFailuresPerAccount", input.email);

  const user = await db().user.findUnique({ where: { email: input.email }, select: { id: true, email: true, passwordHash: true } });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : (await verifyDecoy(input.password), false);
  if (!user || !valid) {
    await recordAudit(db(), {
      actor: user ? { id: user.id, email: user.email } : { id: null, email: input.email },
      ip,
      action: "account.sign-in-failed",
      subjectType: "user",
      subjectId: user?.id,
    });
    throw new FieldError("password", WRONG_CREDENTIALS);
  }
  await reset("signInFailuresPerAccountAndIp", pair);
  if (!knownDevice) await reward("signInFailuresPerAccount", input.email);
  await recordAudit(db(), { actor: user, ip, action: "account.signed-in", subjectType: "user", subjectId: user.id });
  return user.id;
}

/** Signs in (or creates) the account of an address the single sign-on provider has verified. */
export async function recordSsoSignIn(email: string, name: string): Promise<{ id: string }> {
  const address = email.trim().toLowerCase();
  return db().$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email: address },
      create: { email: address, name: name || address, emailVerifiedAt: new Date() },
      update: {},
      select: { id: true, email: true, emailVerifiedAt: true },
    });
    if (!user.emailVerifiedAt) {
      // Whoever signed up with this address never proved it was theirs: their password, sessions
      // and pending links end here, or they would inherit the verified account.
      const now = new Date();
      await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now, passwordHash: null, sessionsValidAfter: now } });
      await tx.emailToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    }
    await recordAudit(tx, { actor: user, ip: null, action: "account.sso-signed-in", subjectType: "user", subjectId: user.id });
    return { id: user.id };
  });
}

/** Emails a reset link if the address has an account; the caller says the same either way. */
export async function requestPasswordReset(email: string, ip: string): Promise<void> {
  await consume("resetPerIp", ip);
  await consume("resetPerAccount", email);
  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) return;
  const { token, tokenHash } = newToken();
  await db().$transaction(async (tx) => {
    await tx.emailToken.create({
      data: { userId: user.id, purpose: "RESET_PASSWORD", tokenHash, expiresAt: new Date(Date.now() + RESET_PASSWORD_TTL_MS) },
    });
    await recordAudit(tx, { actor: user, ip, action: "account.password-reset-requested", subjectType: "user", subjectId: user.id });
  });
  await sendMail(resetPasswordMessage(user.email, appLink("/reset-password", token)));
}

/**
 * Sets a new password from a reset link and ends every session of the account. Following the
 * link also proves the address, so an unverified account becomes verified.
 */
export async function resetPassword(token: string, password: string, ip: string): Promise<string> {
  const hashed = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const user = await useToken(tx, token, "RESET_PASSWORD");
    weakPasswordCheck(password, [user.email, user.name]);
    const now = new Date();
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: hashed, sessionsValidAfter: now, emailVerifiedAt: now } });
    await tx.emailToken.updateMany({ where: { userId: user.id, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: now } });
    await recordAudit(tx, { actor: user, ip, action: "account.password-reset", subjectType: "user", subjectId: user.id });
    return user.id;
  });
}
