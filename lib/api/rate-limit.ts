import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

// Per-address limit on the public API. Counted in memory: a read must not cost a database write,
// and a limit per server process is enough to keep one client from crowding out the others.

let limiter: RateLimiterMemory | undefined;

export type ApiAllowance =
  { allowed: true; limit: number; remaining: number } | { allowed: false; retryAfterSeconds: number; limit: number };

/** Counts one request from `ip`; unlimited when API_RATE_LIMIT_PER_MINUTE is 0. */
export async function consumeApiRequest(ip: string): Promise<ApiAllowance | null> {
  const points = env().API_RATE_LIMIT_PER_MINUTE;
  if (points === 0) return null;
  if (limiter?.points !== points) limiter = new RateLimiterMemory({ keyPrefix: "api", points, duration: 60 });
  try {
    const result = await limiter.consume(ip);
    return { allowed: true, limit: points, remaining: result.remainingPoints };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { allowed: false, limit: points, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}
