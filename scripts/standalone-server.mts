// The Docker image's server (bundled by `npm run build:server` into
// .next/standalone/scanaware-server.mjs): Next.js's standalone build served by the same server as
// `npm start` — page cache, request ids, 503 while the database is away, orderly shutdown — without
// its start-up steps (the image applies migrations first, and the database is never embedded).
import fs from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import { closeDatabaseOnShutdown } from "@/lib/db-handle";
import { envSchema, parseEnv, startEnvSchema } from "@/lib/env";
import { serve, type RunningServer } from "./lib/serve";

const dir = import.meta.dirname;
const log = (message: string) => console.log(`[scanaware] ${message}`);
// As Next.js's own server.js: a standalone build runs from its own directory.
process.chdir(dir);

// What next.config.ts said at build time (the standalone output has no next.config.ts to load).
const { config } = JSON.parse(fs.readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8")) as { config: NextConfig };
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

const settings = parseEnv(startEnvSchema);
const server: RunningServer = await serve({
  dir,
  conf: config,
  port: settings.PORT,
  host: settings.HOST,
  dev: false,
  pageCache: { seconds: settings.PAGE_CACHE_SECONDS, megabytes: settings.PAGE_CACHE_MB },
  databaseUrl: parseEnv(envSchema).DATABASE_URL,
});

async function shutdown(signal: string) {
  log(`${signal}: finishing in-flight requests…`);
  try {
    await server.close(settings.SHUTDOWN_TIMEOUT_MS);
    await closeDatabaseOnShutdown();
    log("Stopped.");
    process.exit(0);
  } catch (error) {
    console.error(`While stopping: ${(error as Error).message}`);
    process.exit(1);
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void shutdown(signal));
log(`ScanAware is ready on port ${settings.PORT}.`);
