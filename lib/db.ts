import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { currentDatabase, setDatabase, type DatabaseHandle } from "./db-handle";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";
import { logger } from "./logger";

// The only place a Prisma client is created, lazily: `next build` needs no database.

interface Database extends DatabaseHandle {
  prisma: PrismaClient;
}

function createDatabase(): Database {
  const config = env();
  const pool = new pg.Pool({
    connectionString: config.DATABASE_URL,
    max: config.DATABASE_POOL_MAX,
    connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    // No request waits for ever: the server cancels a statement that runs too long, the client
    // gives up on one whose server went silent (a failover), and TCP keepalives notice dead peers.
    statement_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS,
    query_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS + 1_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // An idle client's error (the server restarted, the network dropped) must not crash the
  // process: the pool discards that client and opens a new one on the next query.
  pool.on("error", (error: Error & { code?: string }) =>
    logger.warn({ code: error.code, reason: error.message }, "database connection lost"),
  );
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    pool,
    async disconnect() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

function database(): Database {
  return (currentDatabase() as Database | undefined) ?? (setDatabase(createDatabase()) as Database);
}

export function db(): PrismaClient {
  return database().prisma;
}

/** The same connections as a plain pg pool, for what Prisma cannot express (COPY, catalog reads). */
export function pool(): pg.Pool {
  return database().pool;
}
