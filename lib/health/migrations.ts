import fs from "node:fs";
import path from "node:path";

// Shared by /api/ready and the start script (which skips `prisma migrate deploy` when nothing
// is pending), so "ready" means the same thing in both places.

interface Queryable {
  query(sql: string): Promise<{ rows: { migration_name: string }[] }>;
}

const UNDEFINED_TABLE = "42P01";

export function availableMigrations(root = process.cwd()): string[] {
  const dir = path.join(root, "prisma", "migrations");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** Those of `available` (from availableMigrations) that the database has not finished applying. */
export async function pendingMigrations(client: Queryable, available: string[]): Promise<string[]> {
  let applied: Set<string>;
  try {
    const { rows } = await client.query(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    if ((error as { code?: string }).code !== UNDEFINED_TABLE) throw error;
    applied = new Set();
  }
  return available.filter((name) => !applied.has(name));
}
