import fs from "node:fs";
import readline from "node:readline";
import { once } from "node:events";
import { finished, pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import type pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { availableMigrations } from "@/lib/health/migrations";

// A logical backup of ScanAware's own data: gzip of a JSON header line, then for each table a
// JSON line naming its columns, its rows in COPY text format, and a "\." line. COPY text escapes
// backslashes, so "\." alone on a line cannot be data. It needs no pg_dump (whose version must
// match the server's) and restores into any PostgreSQL with the same migrations applied.

/** Every table with data; derived columns (rebuilt by triggers) are left out. Order = restore order. */
export const BACKUP_TABLES: { table: string; derived?: string[] }[] = [
  { table: "facility_word" },
  { table: "facility", derived: ["search_vector"] },
  { table: "app_user" },
  { table: "facility_registration" },
  { table: "membership" },
  { table: "claim" },
  { table: "invitation" },
  { table: "email_token" },
  { table: "audit_event" },
  { table: "outbox_message" },
  { table: "rate_limit" },
  { table: "disclosure_draft" },
  { table: "disclosure_version" },
  { table: "disclosure_score" },
  { table: "change_event" },
  { table: "inaccuracy_report" },
];

/** Tables rebuilt from disclosure_version by its trigger as the versions are restored. */
export const DERIVED_TABLES = ["public_disclosure", "public_ai_tool"];

const FORMAT = "scanaware-backup/1";

interface Header {
  format: string;
  createdAt: string;
  migrations: string[];
}

export class BackupError extends Error {}

async function columnsOf(client: pg.Client, table: string, derived: string[] = []): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
    [table],
  );
  return rows.map((row) => row.column_name).filter((column) => !derived.includes(column));
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Writes a backup of one consistent snapshot to `file`, streaming: memory stays flat. It is
 * written beside `file` first and renamed when complete, so a failed backup leaves nothing.
 */
export async function writeBackup(client: pg.Client, file: string): Promise<Record<string, number>> {
  const partial = `${file}.partial`;
  const rows: Record<string, number> = {};
  const gzip = zlib.createGzip();
  const written = pipeline(gzip, fs.createWriteStream(partial, { mode: 0o600 }));
  written.catch(() => {}); // observed below; a write error must not surface as an unhandled rejection
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (gzip.write(text)) resolve();
      else Promise.race([once(gzip, "drain"), written]).then(() => resolve(), reject);
    });
  let copy: ReturnType<typeof copyTo> | undefined;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows: applied } = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
    );
    const header: Header = { format: FORMAT, createdAt: new Date().toISOString(), migrations: applied.map((row) => row.migration_name) };
    await write(`${JSON.stringify(header)}\n`);
    for (const { table, derived } of BACKUP_TABLES) {
      const columns = await columnsOf(client, table, derived);
      await write(`${JSON.stringify({ table, columns })}\n`);
      copy = client.query(copyTo(`COPY ${quote(table)} (${columns.map(quote).join(", ")}) TO STDOUT`));
      copy.pipe(gzip, { end: false });
      await Promise.race([finished(copy), written]);
      rows[table] = Number(copy.rowCount ?? 0);
      copy = undefined;
      await write("\\.\n");
    }
    await client.query("COMMIT");
    gzip.end();
    await written;
    const fd = fs.openSync(partial, "r");
    fs.fsyncSync(fd); // on disk before it takes the final name
    fs.closeSync(fd);
    fs.renameSync(partial, file);
    return rows;
  } catch (error) {
    // A COPY cut off from its destination (disk full) would hold the connection: drain it first.
    if (copy) {
      copy.unpipe(gzip);
      copy.resume();
      await finished(copy).catch(() => {});
    }
    await client.query("ROLLBACK").catch(() => {});
    gzip.destroy();
    await written.catch(() => {});
    if (fs.statSync(partial, { throwIfNoEntry: false })?.isFile()) fs.rmSync(partial);
    throw error;
  }
}

/**
 * Restores a backup into a database that has this version's migrations applied and no data. All
 * or nothing: one transaction.
 */
export async function restoreBackup(client: pg.Client, file: string, root?: string): Promise<Record<string, number>> {
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new BackupError(`${file}: no such file.`);
  const input = zlib.createGunzip();
  pipeline(fs.createReadStream(file), input).catch((error: Error) => input.destroy(error)); // a read error ends the lines
  const lines = readline.createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const refuse = (message: string) => {
    input.destroy(); // stop reading the file
    return new BackupError(message);
  };
  let header: Header | undefined;
  try {
    const first = await lines.next();
    header = first.done ? undefined : (JSON.parse(first.value) as Header);
  } catch {
    header = undefined; // not gzip, or not JSON
  }
  if (header?.format !== FORMAT) throw refuse(`${file} is not a ScanAware backup.`);
  const current = availableMigrations(root);
  if (header.migrations.join() !== current.join()) {
    throw refuse(
      `This backup was made with a different database schema (${header.migrations.at(-1) ?? "none"}; this version has ` +
        `${current.at(-1) ?? "none"}). Restore it with the version of ScanAware that made it, then upgrade.`,
    );
  }
  const { rows: existing } = await client.query<{ any: boolean }>("SELECT EXISTS (SELECT 1 FROM facility) AS any");
  if (existing[0]?.any) throw refuse("The database already holds facilities: restore into an empty database.");

  const counts: Record<string, number> = {};
  let copy: ReturnType<typeof copyFrom> | undefined;
  try {
    await client.query("BEGIN");
    // The change feed is restored as it was, not made anew by the facilities and versions restored.
    await client.query("SET LOCAL scanaware.restoring = 'on'");
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const { table, columns } = JSON.parse(next.value) as { table: string; columns: string[] };
      if (!BACKUP_TABLES.some((known) => known.table === table)) throw new BackupError(`Unknown table in backup: ${table}`);
      copy = client.query(copyFrom(`COPY ${quote(table)} (${columns.map(quote).join(", ")}) FROM STDIN`));
      const done = finished(copy);
      done.catch(() => {}); // observed below
      for (let line = await lines.next(); !line.done && line.value !== "\\."; line = await lines.next()) {
        if (!copy.write(`${line.value}\n`)) await Promise.race([once(copy, "drain"), done]);
      }
      copy.end();
      await done;
      counts[table] = Number(copy.rowCount ?? 0);
      copy = undefined;
    }
    // COPY bypasses the sequences: move them past the restored ids, or the next insert collides.
    for (const table of ["audit_event", "change_event"]) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), COALESCE((SELECT max(id) FROM ${table}), 0) + 1, false)`);
    }
    await client.query("COMMIT");
  } catch (error) {
    // A COPY still open would hold the connection: abort it (CopyFail) before rolling back.
    if (copy) {
      copy.destroy(error as Error);
      await finished(copy).catch(() => {});
    }
    await client.query("ROLLBACK").catch(() => {});
    throw error instanceof BackupError
      ? error
      : new BackupError(`The backup could not be restored, and nothing was: ${(error as Error).message}`);
  }
  return counts;
}
