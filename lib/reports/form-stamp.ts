import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// When the report form was shown, signed so that a bot cannot make one up: a post that comes back
// sooner than a person could read and type is a bot's. A hidden field, not a cookie: visitors
// without an account get no cookies.

const sign = (shownAt: number) => createHmac("sha256", env().AUTH_SECRET).update(`report-form:${shownAt}`).digest("base64url");

export const formStamp = (now = Date.now()) => `${now}.${sign(now)}`;

/** Milliseconds since the form was shown, or null for a stamp the server did not make. */
export function stampAge(stamp: string, now = Date.now()): number | null {
  const [time, signature = ""] = stamp.split(".");
  const shownAt = Number(time);
  if (!Number.isSafeInteger(shownAt)) return null;
  const expected = Buffer.from(sign(shownAt));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return now - shownAt;
}
