import { expect, it } from "vitest";
import { getSessionUser, recordSsoSignIn, signInWithPassword, signUp } from "@/lib/accounts/data";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import { nextIp, PASSWORD, signUpInput } from "./support/accounts";

it("single sign-on for an address someone signed up with but never confirmed takes the account back from them", async () => {
  // An attacker signs up with the victim's address and a password of their own, and signs in.
  const input = signUpInput();
  await signUp(input, nextIp());
  const attackerId = await signInWithPassword({ email: input.email, password: PASSWORD }, nextIp(), false);
  const attackerSession = new Date();

  // The real person signs in through their hospital's provider, which has verified the address.
  const { id } = await recordSsoSignIn(input.email, "Real Person");
  expect(id).toBe(attackerId);

  const account = await db().user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, emailVerifiedAt: true } });
  expect(account).toMatchObject({ passwordHash: null, emailVerifiedAt: expect.any(Date) });
  expect(await getSessionUser(id, attackerSession)).toBeNull();
  await expect(signInWithPassword({ email: input.email, password: PASSWORD }, nextIp(), false)).rejects.toBeInstanceOf(FieldError);
  expect(await db().emailToken.count({ where: { userId: id, usedAt: null } })).toBe(0);
});

it("single sign-on for a confirmed account keeps its password and sessions", async () => {
  const input = signUpInput();
  await signUp(input, nextIp());
  const user = await db().user.update({ where: { email: input.email }, data: { emailVerifiedAt: new Date() }, select: { id: true } });
  const session = new Date(Date.now() + 1);
  await recordSsoSignIn(input.email, "Same Person");
  expect(await getSessionUser(user.id, session)).not.toBeNull();
  expect(await signInWithPassword({ email: input.email, password: PASSWORD }, nextIp(), false)).toBe(user.id);
});
