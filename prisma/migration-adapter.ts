import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

// Workarounds for two bugs of @prisma/adapter-pg 6.19.3 that break `prisma migrate dev`
// (not `migrate deploy`). Used only by the Prisma CLI, never by the app.

const PG_NAME = 19;
const PG_CHAR = 18;
const PG_TEXT = 25;

type QueryResult = { fields?: { dataTypeID: number }[] };

/**
 * The WebAssembly schema engine reads pg_catalog columns of type `name` and `"char"`, which the
 * adapter cannot deserialise (prisma/prisma#27403). Both are plain strings: report them as text.
 */
function catalogFriendlyPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  Object.assign(pool, {
    query(...args: unknown[]) {
      const result = query(...args);
      if (!(result instanceof Promise)) return result;
      return result.then((value: QueryResult) => {
        for (const field of value.fields ?? []) {
          if (field.dataTypeID === PG_NAME || field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
        }
        return value;
      });
    },
  });
  return pool;
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  // Separate fields, not a connection string: the adapter's own shadow logic spreads
  // `{ ...config, database }`, and a connection string silently wins over `database`. Parsing
  // keeps everything else the URL says (sslmode, a socket host, options).
  const config = parseIntoClientConfig(url);
  return { ...config, database: database ?? config.database, max: 2, allowExitOnIdle: true };
}

class MigrationPrismaPg extends PrismaPg {
  constructor(private readonly url: string) {
    super(poolConfig(url));
  }

  /** Each connection the CLI asks for gets a pool of its own, ended when it is disposed. */
  override connect() {
    return connectWithPool(poolConfig(this.url));
  }

  /** A throw-away database for `migrate dev`, dropped only after its pool is closed. */
  override async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await connectWithPool(poolConfig(this.url, database));
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  }
}

/**
 * The adapter runs a migration by splitting it on ";", which breaks any function body
 * (plpgsql, dollar-quoted). PostgreSQL runs a multi-statement script itself, atomically, in one
 * simple query: send it whole.
 */
async function connectWithPool(config: pg.PoolConfig) {
  const pool = catalogFriendlyPool(config);
  const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

export function migrationAdapter(url: string) {
  return new MigrationPrismaPg(url);
}
