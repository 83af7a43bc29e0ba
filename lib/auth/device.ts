import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { sessionCookie } from "./cookie";

// OWASP's "device cookie": a browser that has signed in to an account before keeps a keyed hash
// of the address, and is not held back by that account's all-addresses failure limit. So an
// attacker who spreads guesses across many networks cannot lock the real person out.

const NAME = "scanaware.device";
const YEAR = 365 * 24 * 60 * 60;

const proof = (email: string) => createHmac("sha256", env().AUTH_SECRET).update(`device:${email}`).digest("base64url");

export async function isKnownDevice(email: string): Promise<boolean> {
  const value = (await cookies()).get(NAME)?.value;
  if (!value) return false;
  const expected = Buffer.from(proof(email));
  const given = Buffer.from(value);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function rememberDevice(email: string): Promise<void> {
  (await cookies()).set(NAME, proof(email), { ...sessionCookie().options, maxAge: YEAR });
}
