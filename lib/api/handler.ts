import { databaseDown, isDatabaseUnavailable, noteDatabaseError, RETRY_AFTER_SECONDS } from "@/lib/db-health";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { REQUEST_ID_HEADER } from "@/lib/request-id";
import { clientIp } from "@/lib/security/client-ip";
import { CORS_HEADERS } from "./http";
import { problem } from "./problem";
import { consumeApiRequest } from "./rate-limit";

/** 503 with Retry-After, as problem+json: the database is away and the client should retry. */
export function unavailable(): Response {
  const response = problem(503, "Service unavailable", `The database is unavailable. Retry in ${RETRY_AFTER_SECONDS} seconds.`);
  response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  return response;
}

function tooManyRequests(retryAfterSeconds: number, limit: number): Response {
  const response = problem(
    429,
    "Too many requests",
    `This address has made more than ${limit} requests in a minute. Retry in ${retryAfterSeconds} seconds, or download the bulk files from /data.`,
  );
  response.headers.set("Retry-After", String(retryAfterSeconds));
  return response;
}

async function answer<A extends unknown[]>(
  handler: (request: Request, ...rest: A) => Promise<Response>,
  request: Request,
  rest: A,
): Promise<Response> {
  if (databaseDown()) return unavailable();
  const allowance = await consumeApiRequest(clientIp(request.headers, env().TRUST_PROXY));
  if (allowance && !allowance.allowed) return tooManyRequests(allowance.retryAfterSeconds, allowance.limit);
  try {
    const response = await handler(request, ...rest);
    if (allowance) {
      response.headers.set("RateLimit-Limit", String(allowance.limit));
      response.headers.set("RateLimit-Remaining", String(allowance.remaining));
    }
    return response;
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      noteDatabaseError(error);
      return unavailable();
    }
    const reqId = request.headers.get(REQUEST_ID_HEADER);
    logger.error({ err: error, reqId, path: new URL(request.url).pathname }, "API request failed");
    return problem(500, "Internal error", `Something went wrong on our side. Reference: ${reqId ?? "none"}`);
  }
}

/**
 * Wraps a public API route handler: a per-address rate limit, any site may read the answer
 * (CORS), and expected failures become their status once, here. A lost database is a 503;
 * anything else is logged with the request id and answered with a generic 500.
 */
export function apiHandler<A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    const response = await answer(handler, request, rest);
    for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
    return response;
  };
}
