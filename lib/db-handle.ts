import type pg from "pg";

// Where the app's one database client lives: on globalThis, so that the server's shutdown
// (scripts/start.mts, outside Next.js's bundles) can close the pool the app opened. No Prisma
// import here, so command-line scripts can load it.

export interface DatabaseHandle {
  pool: pg.Pool;
  disconnect(): Promise<void>;
}

const slot = Symbol.for("scanaware.database");
const holder = globalThis as { [slot]?: DatabaseHandle };

export function currentDatabase(): DatabaseHandle | undefined {
  return holder[slot];
}

export function setDatabase(handle: DatabaseHandle): DatabaseHandle {
  holder[slot] = handle;
  return handle;
}

/** Ends in-flight use of the pool and closes every connection; a later query opens a new one. */
export async function closeDatabase(): Promise<void> {
  const handle = holder[slot];
  if (!handle) return;
  delete holder[slot];
  await handle.disconnect();
}

/** How long closing the connections may take once the HTTP server has drained. */
const CLOSE_WITHIN_MS = 2_000;

/** `closeDatabase` on shutdown, not waited for past 2 s: connections still busy then (a query
 * stuck on a lock) are ended by PostgreSQL's fast stop or the process's exit. */
export async function closeDatabaseOnShutdown(): Promise<void> {
  await Promise.race([closeDatabase(), new Promise((resolve) => setTimeout(resolve, CLOSE_WITHIN_MS).unref())]);
}
