import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { RATE_LIMITS, type RateLimitName } from "./policies";

// Counters live in PostgreSQL (table rate_limit, created by a migration) so that every app
// instance shares them. Keys are hashed: the table never holds an email or an address.

const limiters = new Map<RateLimitName, RateLimiterPostgres>();

function limiter(name: RateLimitName): RateLimiterPostgres {
  let existing = limiters.get(name);
  if (!existing) {
    existing = new RateLimiterPostgres({
      storeClient: pool(),
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: name,
      ...RATE_LIMITS[name],
    });
    limiters.set(name, existing);
  }
  return existing;
}

const hashed = (key: string) => createHash("sha256").update(key).digest("base64url");
const retryAfter = (result: RateLimiterRes) => Math.max(1, Math.ceil(result.msBeforeNext / 1000));

/** Counts one attempt; throws RateLimitedError once the policy's allowance is spent. */
export async function consume(name: RateLimitName, key: string): Promise<void> {
  try {
    await limiter(name).consume(hashed(key));
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new RateLimitedError(retryAfter(error));
    throw error;
  }
}

/** Throws RateLimitedError if the allowance is already spent, without counting an attempt. */
export async function assertAllowed(name: RateLimitName, key: string): Promise<void> {
  const seconds = await waitFor(name, key);
  if (seconds) throw new RateLimitedError(seconds);
}

/** Forgets the count (a successful sign-in clears that account's failures from that address). */
export async function reset(name: RateLimitName, key: string): Promise<void> {
  await limiter(name).delete(hashed(key));
}

/** Seconds until `key` may try again under `name`, or 0 if it may now; nothing is counted. */
export async function waitFor(name: RateLimitName, key: string): Promise<number> {
  const result = await limiter(name).get(hashed(key));
  return result && result.consumedPoints >= RATE_LIMITS[name].points ? retryAfter(result) : 0;
}

/** Gives back one point (an attempt that turned out to be legitimate). */
export async function reward(name: RateLimitName, key: string): Promise<void> {
  await limiter(name).reward(hashed(key), 1);
}
