import { expect, inject, it } from "vitest";
import { withClient } from "@/scripts/lib/database";
import { runPrisma } from "@/scripts/lib/prisma-cli";
import { databaseUrl, dropTestDatabase } from "../support/test-database";

// The committed migrations must produce exactly what prisma/schema.prisma describes. Prisma's own
// check (`migrate diff --from-migrations`) introspects a database, and its WebAssembly schema
// engine (6.19) crashes ("RuntimeError: unreachable") introspecting ours. So: build the schema's
// own SQL (no database needed) into an empty database, and compare the two catalogs — every
// column, key, foreign key, enum and index the schema declares. Objects only the migrations add
// by hand (triggers, functions, CHECK constraints, expression indexes) are allowed on top.

const CATALOG = {
  columns: `SELECT table_name, column_name, udt_name, is_nullable, column_default FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
  constraints: `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
                WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'f', 'u') AND conrelid::regclass::text <> '_prisma_migrations'
                ORDER BY 1, 2`,
  enums: `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          GROUP BY 1 ORDER BY 1`,
  // Storage parameters (WITH (fastupdate = off)) are tuning the migrations add; the index is the same.
  indexes: `SELECT indexname, regexp_replace(indexdef, ' WITH \\(.*\\)$', '') AS indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
};

type Catalog = Record<keyof typeof CATALOG, unknown[]>;

const readCatalog = (url: string) =>
  withClient(url, async (client) => {
    const catalog = {} as Catalog;
    for (const [name, sql] of Object.entries(CATALOG)) catalog[name as keyof Catalog] = (await client.query(sql)).rows;
    return catalog;
  });

it("has committed migrations that produce exactly prisma/schema.prisma", async () => {
  const script = await runPrisma(
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    process.env.DATABASE_URL!,
    "pipe",
  );
  const name = `scanaware_schema_${process.pid}`;
  const adminUrl = inject("adminUrl");
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  try {
    const url = databaseUrl(adminUrl, name);
    // The migrations create pg_trgm, which the schema's trigram index needs.
    await withClient(url, (client) => client.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm; ${script.slice(script.indexOf("--"))}`));
    const [declared, migrated] = [await readCatalog(url), await readCatalog(process.env.DATABASE_URL!)];
    expect(migrated.columns).toEqual(declared.columns);
    expect(migrated.constraints).toEqual(declared.constraints);
    expect(migrated.enums).toEqual(declared.enums);
    const missing = declared.indexes.filter((index) => !migrated.indexes.some((other) => JSON.stringify(other) === JSON.stringify(index)));
    expect(missing).toEqual([]);
  } finally {
    await dropTestDatabase(adminUrl, name);
  }
});
