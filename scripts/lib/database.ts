import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/embedded-postgres";
import { availableMigrations, pendingMigrations } from "@/lib/health/migrations";
import { killChildren } from "./child";
import { root } from "./paths";
import { runPrisma } from "./prisma-cli";

const APP_DATABASE = "scanaware";

export interface ResolvedDatabase {
  url: string;
  embedded?: EmbeddedPostgres;
}

/**
 * DATABASE_URL from the real environment (or .env) when set; otherwise the embedded PostgreSQL
 * under `embeddedDir`, with a `scanaware` database created on first use.
 */
export async function resolveDatabase(options: { embeddedDir: string; log: (message: string) => void }): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    options.log("Using the PostgreSQL server in DATABASE_URL");
    return { url: configured };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: path.resolve(root, options.embeddedDir), log: options.log });
  try {
    await withClient(embedded.url, async (client) => {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [APP_DATABASE]);
      if (!rowCount) await client.query(`CREATE DATABASE ${APP_DATABASE}`);
    });
  } catch (error) {
    // The error that matters is this one, not a failure to stop afterwards.
    if (embedded.owned) await embedded.stop().catch(() => {});
    throw error;
  }
  const url = new URL(embedded.url);
  url.pathname = `/${APP_DATABASE}`;
  return { url: url.toString(), embedded };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** `prisma migrate deploy`, only when a migration is pending: it costs a second or more. */
export async function migrateIfPending(url: string, log: (message: string) => void): Promise<void> {
  const pending = await withClient(url, (client) => pendingMigrations(client, availableMigrations(root)));
  if (pending.length === 0) return;
  log(`Applying ${pending.length} migration(s): ${pending.join(", ")}`);
  await runPrisma(["migrate", "deploy"], url, "pipe");
}

/**
 * For command-line chores: on Ctrl-C or SIGTERM, end what runs (an open transaction rolls back
 * when its connection closes), stop the embedded PostgreSQL if this process started it, and exit.
 */
export function stopOnSignal(database: ResolvedDatabase): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      killChildren();
      void (database.embedded?.owned ? database.embedded.stop() : Promise.resolve()).finally(() => process.exit(130));
    });
  }
}
