// `npm run import:cms -- <file.csv>`: import CMS's "Hospital General Information" file into the
// facility directory (DATABASE_URL, else the embedded PostgreSQL, running or not). Safe to run
// again: unchanged rows are left alone.
import path from "node:path";
import { closeDatabase } from "@/lib/db-handle";
import { importCmsFile, MissingColumnsError } from "@/lib/facilities/cms-import";
import { parseEnv, startEnvSchema } from "@/lib/env";
import { migrateIfPending, resolveDatabase, stopOnSignal } from "./lib/database";
import { loadDotEnv } from "./lib/dotenv";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run import:cms -- <file.csv>\n(the current file ships as prisma/data/cms-hospital-general-information.csv)");
  process.exit(2);
}
loadDotEnv();
const database = await resolveDatabase({ embeddedDir: parseEnv(startEnvSchema).EMBEDDED_POSTGRES_DIR, log: console.log });
stopOnSignal(database);
process.env.DATABASE_URL = database.url;
await migrateIfPending(database.url, console.log);

const started = performance.now();
const progress = (rows: number) => {
  if (process.stderr.isTTY) process.stderr.write(`\r  ${rows.toLocaleString("en-US")} rows read…`);
};
try {
  const report = await importCmsFile(path.resolve(file), progress);
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.log(
    `Imported ${report.rows.toLocaleString("en-US")} rows in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped.length} skipped.`,
  );
  for (const skipped of report.skipped) console.log(`  skipped row ${skipped.row}: ${skipped.field}: ${skipped.reason}`);
} catch (error) {
  if (!(error instanceof MissingColumnsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await closeDatabase();
  if (database.embedded?.owned) await database.embedded.stop();
}
