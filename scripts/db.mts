// Database chores, on DATABASE_URL or else the embedded PostgreSQL (running or not):
//   npm run db:migrate -- --name <change>   create a migration from prisma/schema.prisma, apply it
//   npm run db:deploy                       apply pending migrations
//   npm run db:backup [-- <file>]           write a backup (default: backups/scanaware-<time>.backup.gz)
//   npm run db:restore -- <file>            restore a backup into an empty database
import fs from "node:fs";
import path from "node:path";
import { BackupError, restoreBackup, writeBackup } from "@/lib/backup/backup";
import { parseEnv, startEnvSchema } from "@/lib/env";
import { migrateIfPending, resolveDatabase, stopOnSignal, withClient } from "./lib/database";
import { loadDotEnv } from "./lib/dotenv";
import { runPrisma } from "./lib/prisma-cli";

const USAGE = "Usage: scripts/db.mts migrate --name <change> | deploy | backup [file] | restore <file>";
const [command, ...rest] = process.argv.slice(2);
const log = (message: string) => console.log(`[scanaware] ${message}`);
const summary = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([table, rows]) => `${rows} ${table}`)
    .join(", ");

const tasks: Record<string, (url: string) => Promise<void>> = {
  // `migrate dev` on a database that also has migrations to apply asks for a shadow database the
  // offline engine cannot provide in that order: apply what is committed first.
  async migrate(url) {
    await runPrisma(["migrate", "deploy"], url);
    await runPrisma(["migrate", "dev", ...rest], url);
  },
  async deploy(url) {
    await runPrisma(["migrate", "deploy"], url);
  },
  async backup(url) {
    const file = path.resolve(rest[0] ?? path.join("backups", `scanaware-${new Date().toISOString().replace(/[:.]/g, "-")}.backup.gz`));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const counts = await withClient(url, (client) => writeBackup(client, file));
    log(`Backed up ${summary(counts)} to ${file}`);
  },
  async restore(url) {
    if (!rest[0]) throw new BackupError(USAGE);
    await migrateIfPending(url, log);
    const counts = await withClient(url, (client) => restoreBackup(client, path.resolve(rest[0]!)));
    log(`Restored ${summary(counts)}`);
  },
};

const task = command ? tasks[command] : undefined;
if (!task) {
  console.error(USAGE);
  process.exit(2);
}

loadDotEnv();
const database = await resolveDatabase({ embeddedDir: parseEnv(startEnvSchema).EMBEDDED_POSTGRES_DIR, log });
stopOnSignal(database);
let status = 0;
try {
  await task(database.url);
} catch (error) {
  console.error((error as Error).message);
  status = 1;
} finally {
  if (database.embedded?.owned) await database.embedded.stop();
}
process.exit(status);
