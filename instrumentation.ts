import type { Instrumentation } from "next";

// Runs once when a server starts. The Node.js part lives in its own module so that the Edge
// bundle never sees process.exit.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    await import("./instrumentation-node");
  }
}

// Every error a request ran into: logged once with its request id, and a lost database turns
// the site to "503, retry shortly" until it is back.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ noteDatabaseError }, { logger }] = await Promise.all([import("@/lib/db-health"), import("@/lib/logger")]);
  noteDatabaseError(error);
  logger.error(
    { err: error, reqId: request.headers["x-request-id"], path: request.path.split("?")[0], route: context.routePath },
    "request failed",
  );
};
