// `npm start` (and `npm run dev` with --dev): a database (DATABASE_URL, or the embedded
// PostgreSQL), pending migrations, a seed on an empty database, a build when the sources changed,
// then the server. On Ctrl-C or SIGTERM: finish in-flight requests, close the pool, stop
// PostgreSQL, exit 0. A signal during start-up lets the current step finish, then stops; a
// second signal stops at once.
import { closeDatabase, closeDatabaseOnShutdown } from "@/lib/db-handle";
import { isDatabaseUnavailable } from "@/lib/db-health";
import { EnvError, envSchema, parseEnv, startEnvSchema } from "@/lib/env";
import { buildIfStale } from "./lib/build";
import { killChildren } from "./lib/child";
import { migrateIfPending, resolveDatabase, type ResolvedDatabase } from "./lib/database";
import { loadDotEnv } from "./lib/dotenv";
import { applyLocalDefaults } from "./lib/local-secrets";
import { rescoreIfMissing, seedIfEmpty } from "./lib/seed";
import { serve, type RunningServer } from "./lib/serve";

const dev = process.argv.includes("--dev");
const log = (message: string) => console.log(`[scanaware] ${message}`);

loadDotEnv();

let database: ResolvedDatabase | undefined;
let server: RunningServer | undefined;
let stopRequested: string | undefined;
let stopping = false;

/** Stops PostgreSQL if this process answers for it; false if it could not be stopped. */
async function stopPostgres(): Promise<boolean> {
  if (!database?.embedded?.owned) return true;
  log("Stopping PostgreSQL…");
  try {
    await database.embedded.stop();
    return true;
  } catch (error) {
    console.error(`Could not stop PostgreSQL: ${(error as Error).message}`);
    return false;
  }
}

async function shutdown(signal: string): Promise<never> {
  stopping = true;
  log(`${signal}: finishing in-flight requests…`);
  try {
    await server?.close(parseEnv(startEnvSchema).SHUTDOWN_TIMEOUT_MS);
    await closeDatabaseOnShutdown();
  } catch (error) {
    console.error(`While stopping: ${(error as Error).message}`);
  }
  const stopped = await stopPostgres();
  log(stopped ? "Stopped." : "Stopped, but PostgreSQL may still be running.");
  process.exit(stopped ? 0 : 1);
}

function onSignal(signal: NodeJS.Signals) {
  if (stopRequested) {
    log(`${signal} again: stopping now.`);
    killChildren();
    void stopPostgres().finally(() => process.exit(1));
    return;
  }
  stopRequested = signal;
  if (server) void shutdown(signal);
  else log(`${signal}: stopping once the current start-up step has finished…`);
}

/** Between start-up steps: stop here if a signal came meanwhile. */
async function checkpoint() {
  if (stopRequested && !stopping) await shutdown(stopRequested);
}

async function main() {
  const config = parseEnv(startEnvSchema);
  const started = performance.now();
  database = await resolveDatabase({ embeddedDir: config.EMBEDDED_POSTGRES_DIR, log });
  await checkpoint();
  process.env.DATABASE_URL = database.url;
  applyLocalDefaults(config.PORT, log);
  parseEnv(envSchema);
  await migrateIfPending(database.url, log);
  await checkpoint();
  await seedIfEmpty(database.url, log);
  await checkpoint();
  await rescoreIfMissing(database.url, log);
  await checkpoint();
  if (!dev) await buildIfStale(log);
  await checkpoint();
  server = await serve({
    port: config.PORT,
    host: config.HOST,
    dev,
    pageCache: { seconds: config.PAGE_CACHE_SECONDS, megabytes: config.PAGE_CACHE_MB },
    databaseUrl: database.url,
  });
  await checkpoint();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`ScanAware is ready on http://${config.HOST ?? "localhost"}:${config.PORT} (started in ${seconds} s). Ctrl-C stops it.`);
  if (!config.HOST) log("It listens on every network interface; HOST=127.0.0.1 keeps it to this machine.");
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, onSignal);

main().catch(async (error: unknown) => {
  if (stopRequested && !stopping) await shutdown(stopRequested); // a step cut short by the signal
  if (error instanceof EnvError) {
    console.error(error.message);
  } else if (isDatabaseUnavailable(error)) {
    const where = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL).host : "the database";
    console.error(`Cannot reach PostgreSQL at ${where} (${(error as Error).message}). Is it running, and is DATABASE_URL right?`);
  } else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(
      `Port ${parseEnv(startEnvSchema).PORT} is already in use: another ScanAware (perhaps left behind by a killed ` +
        "run) or another program is listening. Stop it, or choose another port: PORT=3001 npm start",
    );
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  await closeDatabase().catch(() => {});
  await stopPostgres();
  process.exit(1);
});
