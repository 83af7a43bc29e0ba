import pg from "pg";

// Whether the database is reachable, as the app has last seen it. While it is not, pages and the
// API answer 503 with Retry-After at once (proxy.ts) instead of each request waiting for a
// connection to fail; a probe checks every PROBE_INTERVAL_MS and lifts the flag as soon as the
// database answers again. State lives on globalThis: Next.js's bundles, its proxy and the custom
// server each load their own copy of this module.

export const RETRY_AFTER_SECONDS = 5;
const PROBE_INTERVAL_MS = 250;

/** Codes and kinds that mean "cannot talk to the database", not "the query was wrong". */
const UNAVAILABLE = new Set([
  // Prisma: can't reach / timed out / server closed the connection
  "P1001",
  "P1002",
  "P1017",
  // driver adapter kinds
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  // PostgreSQL: shutting down, starting up, connection exceptions
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300",
  // sockets
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const candidate = error as Record<string, unknown>;
  for (const key of ["code", "kind", "originalCode"]) {
    if (typeof candidate[key] === "string" && UNAVAILABLE.has(candidate[key])) return true;
  }
  if (typeof candidate.message === "string" && UNAVAILABLE_MESSAGES.test(candidate.message)) return true;
  const meta = candidate.meta as { driverAdapterError?: unknown } | undefined;
  return isDatabaseUnavailable(meta?.driverAdapterError, depth + 1) || isDatabaseUnavailable(candidate.cause, depth + 1);
}

interface Health {
  downSince?: number;
  probe?: NodeJS.Timeout;
}

const slot = Symbol.for("scanaware.database-health");
const state = ((globalThis as { [slot]?: Health })[slot] ??= {});

export function databaseDown(): boolean {
  return state.downSince !== undefined;
}

/** Called with any error a request ran into; only unavailability errors change anything. */
export function noteDatabaseError(error: unknown): void {
  if (!isDatabaseUnavailable(error) || state.downSince !== undefined) return;
  state.downSince = Date.now();
  console.warn(JSON.stringify({ level: 40, msg: "database unavailable: answering 503 until it is back" }));
  state.probe = setInterval(() => void probe(), PROBE_INTERVAL_MS);
  state.probe.unref();
}

let probing = false;

async function probe(): Promise<void> {
  if (probing || !process.env.DATABASE_URL) return;
  probing = true;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 1_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    const downFor = Date.now() - (state.downSince ?? Date.now());
    clearInterval(state.probe);
    state.downSince = undefined;
    console.warn(JSON.stringify({ level: 40, msg: "database available again", downForMs: downFor }));
  } catch {
    // still down: the next probe tries again
  } finally {
    probing = false;
    await client.end().catch(() => {});
  }
}
