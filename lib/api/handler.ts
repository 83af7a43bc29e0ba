import { databaseDown, isDatabaseUnavailable, noteDatabaseError, RETRY_AFTER_SECONDS } from "@/lib/db-health";
import { logger } from "@/lib/logger";
import { REQUEST_ID_HEADER } from "@/lib/request-id";
import { problem } from "./problem";

/** 503 with Retry-After, as problem+json: the database is away and the client should retry. */
export function unavailable(): Response {
  const response = problem(503, "Service unavailable", `The database is unavailable. Retry in ${RETRY_AFTER_SECONDS} seconds.`);
  response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  return response;
}

/**
 * Wraps an API route handler: expected failures become their status once, here. A lost database
 * is a 503; anything else is logged with the request id and answered with a generic 500.
 */
export function apiHandler<A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    if (databaseDown()) return unavailable();
    try {
      return await handler(request, ...rest);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        noteDatabaseError(error);
        return unavailable();
      }
      const reqId = request.headers.get(REQUEST_ID_HEADER);
      logger.error({ err: error, reqId, path: new URL(request.url).pathname }, "API request failed");
      return problem(500, "Internal error", `Something went wrong on our side. Reference: ${reqId ?? "none"}`);
    }
  };
}
