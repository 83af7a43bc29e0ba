import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { availableMigrations } from "@/lib/health/migrations";
import { withClient } from "@/scripts/lib/database";
import { root } from "@/scripts/lib/paths";
import { runPrisma } from "@/scripts/lib/prisma-cli";

// Tests run against a real PostgreSQL: TEST_DATABASE_URL's server when set (CI uses the
// machine's), else an embedded one under .data/test-postgres. Migrations are applied once, to a
// template database named after their contents; each test file or server copies it (~50 ms).

/** The database the e2e web server runs on. */
export const E2E_DATABASE = "scanaware_e2e";

export interface TestServer {
  /** A URL on the server's maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  /** Stops the embedded server if this process started it (not if another test run did). */
  stop(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) return { adminUrl: configured, stop: async () => {} };
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(root, ".data", "test-postgres") });
  return { adminUrl: embedded.url, stop: async () => (embedded.owned ? embedded.stop() : undefined) };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The migrated template for the current migrations, created when missing. */
export async function ensureTemplate(adminUrl: string): Promise<string> {
  const hash = createHash("sha256");
  for (const name of availableMigrations(root))
    hash.update(name).update(fs.readFileSync(path.join(root, "prisma", "migrations", name, "migration.sql")));
  const digest = hash.digest("hex").slice(0, 12);
  const template = `scanaware_template_${digest}`;
  const exists = await withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
    return Boolean(rowCount);
  });
  if (exists) return template;
  await dropDatabasesLike(adminUrl, "scanaware_template_%", template); // templates of older migrations
  // Migrate under a temporary name, then rename: a concurrent or interrupted run never sees
  // a half-migrated template.
  const staging = `${template}_${process.pid}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${staging}`));
  await runPrisma(["migrate", "deploy"], databaseUrl(adminUrl, staging), "pipe");
  await withClient(adminUrl, async (client) => {
    try {
      await client.query(`ALTER DATABASE ${staging} RENAME TO ${template}`);
    } catch {
      await client.query(`DROP DATABASE ${staging}`); // another run made it first
    }
  });
  return template;
}

export async function createTestDatabase(adminUrl: string, template: string, name: string): Promise<string> {
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  });
  return databaseUrl(adminUrl, name);
}

export async function dropTestDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Drops databases whose name matches `pattern` (SQL LIKE), except `keep`. */
export async function dropDatabasesLike(adminUrl: string, pattern: string, keep: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname <> $2", [
      pattern,
      keep,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
