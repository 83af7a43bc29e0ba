import { afterEach, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { closeDatabase } from "@/lib/db-handle";
import { pool } from "@/lib/db";

describe("/api/health", () => {
  it("answers without a database", async () => {
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/none";
    try {
      const response = health();
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
    } finally {
      process.env.DATABASE_URL = previous;
    }
  });
});

describe("/api/ready", () => {
  const databaseUrl = () => process.env.DATABASE_URL!;
  let restoreUrl: string | undefined;

  afterEach(async () => {
    await closeDatabase();
    if (restoreUrl) process.env.DATABASE_URL = restoreUrl;
    restoreUrl = undefined;
  });

  it("is ready when the database answers and every migration is applied", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready" });
  });

  it("is not ready, naming the migration, when one is pending", async () => {
    const { rows } = await pool().query<{ migration_name: string }>(
      "DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations) RETURNING migration_name",
    );
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(await response.json()).toEqual({
        status: "not ready",
        ready: false,
        reason: "migrations pending",
        pending: [rows[0]!.migration_name],
      });
    } finally {
      await pool().query(
        "INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES (gen_random_uuid()::text, '', $1, now(), 1)",
        [rows[0]!.migration_name],
      );
    }
  });

  it("is not ready, without hanging, when the database cannot be reached", async () => {
    await closeDatabase();
    restoreUrl = databaseUrl();
    process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/none";
    const started = Date.now();
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ reason: "database unreachable" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
