// `npm start` (and `npm run dev` with --dev): a database (DATABASE_URL, or the embedded
// PostgreSQL), pending migrations, a seed on an empty database, a build when the sources changed,
// then the server. On Ctrl-C or SIGTERM: finish in-flight requests, close the pool, stop
// PostgreSQL, exit 0.
import { closeDatabase } from "@/lib/db-handle";
import { EnvError, envSchema, parseEnv, startEnvSchema } from "@/lib/env";
import { buildIfStale } from "./lib/build";
import { migrateIfPending, resolveDatabase, type ResolvedDatabase } from "./lib/database";
import { loadDotEnv } from "./lib/dotenv";
import { seedIfEmpty } from "./lib/seed";
import { serve, type RunningServer } from "./lib/serve";

const dev = process.argv.includes("--dev");
const log = (message: string) => console.log(`[scanaware] ${message}`);

loadDotEnv();

let database: ResolvedDatabase | undefined;
let server: RunningServer | undefined;
let stopping = false;

async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: finishing in-flight requests…`);
  const config = parseEnv(startEnvSchema);
  await server?.close(config.SHUTDOWN_TIMEOUT_MS);
  await closeDatabase();
  if (database?.embedded) {
    log("Stopping PostgreSQL…");
    await database.embedded.stop();
  }
  log("Stopped.");
  process.exit(0);
}

async function main() {
  const config = parseEnv(startEnvSchema);
  const started = performance.now();
  database = await resolveDatabase({ embeddedDir: config.EMBEDDED_POSTGRES_DIR, log });
  process.env.DATABASE_URL = database.url;
  parseEnv(envSchema);
  await migrateIfPending(database.url, log);
  await seedIfEmpty(database.url, log);
  if (!dev) await buildIfStale(log);
  if (stopping) return;
  server = await serve({ port: config.PORT, host: config.HOST, dev });
  const where = `http://${config.HOST ?? "localhost"}:${config.PORT}`;
  log(`ScanAware is ready on ${where} (started in ${((performance.now() - started) / 1000).toFixed(1)} s). Ctrl-C stops it.`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));

main().catch(async (error: unknown) => {
  if (error instanceof EnvError) {
    console.error(error.message);
  } else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(
      `Port ${parseEnv(startEnvSchema).PORT} is already in use: another ScanAware (perhaps left behind by a killed ` +
        "run) or another program is listening. Stop it, or choose another port: PORT=3001 npm start",
    );
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  await closeDatabase().catch(() => {});
  await database?.embedded?.stop().catch(() => {});
  process.exit(1);
});
