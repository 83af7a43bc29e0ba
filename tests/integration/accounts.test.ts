import { describe, expect, it } from "vitest";
import { getSessionUser, requestPasswordReset, resetPassword, signInWithPassword, signUp, verifyEmail } from "@/lib/accounts/data";
import { changePassword } from "@/lib/accounts/data-account";
import { db } from "@/lib/db";
import { FieldError, RateLimitedError } from "@/lib/errors";
import { RATE_LIMITS } from "@/lib/rate-limits/policies";
import { createUser, nextIp, PASSWORD, signUpInput } from "./support/accounts";
import { linkToken, mailTo, mailsTo } from "./support/outbox";

const NEW_PASSWORD = "amber-glacier-92-compass";
const WRONG_PASSWORD = "not-the-password-at-all";

const signUpAndReadLink = async (ip = nextIp()) => {
  const input = signUpInput();
  await signUp(input, ip);
  return { email: input.email, token: linkToken(await mailTo(input.email, "Confirm your email address")) };
};

const signIn = (email: string, password: string, ip: string, knownDevice = false) =>
  signInWithPassword({ email, password }, ip, knownDevice);

const refusal = (field: string) => expect.objectContaining({ name: "FieldError", field });

describe("sign-up and email verification", () => {
  it("emails a link that verifies the address", async () => {
    const { email, token } = await signUpAndReadLink();
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, emailVerifiedAt: true } });
    expect(user.emailVerifiedAt).toBeNull();

    expect(await verifyEmail(token, nextIp())).toBe(user.id);
    expect((await db().user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();
  });

  it("takes each link once", async () => {
    const { token } = await signUpAndReadLink();
    await verifyEmail(token, nextIp());
    await expect(verifyEmail(token, nextIp())).rejects.toEqual(refusal("token"));
  });

  it("refuses an expired link", async () => {
    const { email, token } = await signUpAndReadLink();
    await db().emailToken.updateMany({ where: { user: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } });

    await expect(verifyEmail(token, nextIp())).rejects.toThrow(/expired/);
    await expect(verifyEmail(token, nextIp())).rejects.toEqual(refusal("token"));
    expect((await db().user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();
  });

  it("tells the owner of an address that already has an account, and the caller nothing", async () => {
    const existing = await createUser();
    const { passwordHash } = await db().user.findUniqueOrThrow({ where: { id: existing.id } });

    // The same outcome as a sign-up with a new address: no error, no value.
    await expect(signUp(signUpInput(), nextIp())).resolves.toBeUndefined();
    await expect(signUp(signUpInput({ email: existing.email, name: "Someone Else" }), nextIp())).resolves.toBeUndefined();

    expect(await db().user.findMany({ where: { email: existing.email }, select: { passwordHash: true } })).toEqual([{ passwordHash }]);
    const mails = await mailsTo(existing.email);
    expect(mails.map((mail) => mail.subject)).toEqual(["You already have a ScanAware account"]);
    expect(mails[0]!.text).toContain("/forgot-password");
  });

  it.each([
    ["a common password", "password1"],
    ["a keyboard row", "qwertyuiop"],
    ["the address's own name", "zorbulax1234"],
  ])("refuses %s (%s)", async (_kind, password) => {
    const email = "zorbulax@example.org";
    await expect(signUp(signUpInput({ email, password }), nextIp())).rejects.toEqual(refusal("password"));
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it(`allows ${RATE_LIMITS.signUpPerIp.points} sign-ups an hour from one address`, async () => {
    const ip = nextIp();
    for (let attempt = 0; attempt < RATE_LIMITS.signUpPerIp.points; attempt++) await signUp(signUpInput(), ip);

    const input = signUpInput();
    await expect(signUp(input, ip)).rejects.toThrow(RateLimitedError);
    expect(await db().user.count({ where: { email: input.email } })).toBe(0);
    await expect(signUp(signUpInput(), nextIp())).resolves.toBeUndefined();
  });
});

describe("passwords and sessions", () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it("a password reset ends every session that began before it", async () => {
    const user = await createUser();
    const earlierSession = new Date();
    await tick();
    expect(await getSessionUser(user.id, earlierSession)).toMatchObject({ id: user.id });

    await requestPasswordReset(user.email, nextIp());
    const token = linkToken(await mailTo(user.email, "Choose a new ScanAware password"));
    expect(await resetPassword(token, NEW_PASSWORD, nextIp())).toBe(user.id);

    expect(await getSessionUser(user.id, earlierSession)).toBeNull();
    expect(await getSessionUser(user.id, new Date())).toMatchObject({ id: user.id, email: user.email });
    await expect(resetPassword(token, "another-quite-long-phrase-88", nextIp())).rejects.toEqual(refusal("token"));
    expect(await signIn(user.email, NEW_PASSWORD, nextIp())).toBe(user.id);
  });

  it("changing the password needs the current one, and ends older sessions", async () => {
    const user = await createUser();
    const earlierSession = new Date();
    await tick();

    await expect(changePassword(user, WRONG_PASSWORD, NEW_PASSWORD, nextIp())).rejects.toEqual(refusal("currentPassword"));
    await expect(changePassword(user, PASSWORD, "password1", nextIp())).rejects.toEqual(refusal("password"));
    expect(await getSessionUser(user.id, earlierSession)).not.toBeNull();

    await changePassword(user, PASSWORD, NEW_PASSWORD, nextIp());
    expect(await getSessionUser(user.id, earlierSession)).toBeNull();
    await expect(signIn(user.email, PASSWORD, nextIp())).rejects.toEqual(refusal("password"));
    expect(await signIn(user.email, NEW_PASSWORD, nextIp())).toBe(user.id);
  });
});

describe("sign-in limits: backoff per account and address, not a lockout", () => {
  const failuresPerPair = RATE_LIMITS.signInFailuresPerAccountAndIp.points;

  const failFrom = async (email: string, ip: string, times: number) => {
    for (let attempt = 0; attempt < times; attempt++) await expect(signIn(email, WRONG_PASSWORD, ip)).rejects.toThrow(FieldError);
  };

  it(`after ${failuresPerPair} wrong passwords, refuses even the right one from that address only`, async () => {
    const user = await createUser();
    const ip = nextIp();
    await failFrom(user.email, ip, failuresPerPair);

    const refused = await signIn(user.email, PASSWORD, ip).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    expect(await signIn(user.email, PASSWORD, nextIp())).toBe(user.id);
  });

  it("the per-account limit does not apply to a browser that has signed in to the account before", async () => {
    const user = await createUser();
    // Spread over addresses, as an attacker would, until the account's own allowance is spent.
    const addresses = RATE_LIMITS.signInFailuresPerAccount.points / failuresPerPair;
    for (let address = 0; address < addresses; address++) await failFrom(user.email, nextIp(), failuresPerPair);

    await expect(signIn(user.email, PASSWORD, nextIp(), false)).rejects.toThrow(RateLimitedError);
    expect(await signIn(user.email, PASSWORD, nextIp(), true)).toBe(user.id);
  });
});
