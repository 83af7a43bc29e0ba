import { beforeAll, expect, it } from "vitest";
import { pool } from "@/lib/db";
import { env } from "@/lib/env";
import { getExport } from "./support/exports";

// A large export streams from PostgreSQL as the client reads it; a client that goes away stops
// the query on the server at once, and gives its connection back.

const ROWS = 20_000;

beforeAll(async () => {
  // Wide rows (about 2 kB each, 40 MB in all), so the export is still running when the test acts.
  await pool().query(
    `INSERT INTO facility (id, slug, name, kind, city, state, source, search_text, address, updated_at)
     SELECT gen_random_uuid(), 'bulk-' || i, 'Bulk ' || i, 'HOSPITAL', 'Springfield', 'IL', 'MODERATOR', 'bulk springfield il', repeat('x', 2000), now()
     FROM generate_series(1, $1::int) AS i`,
    [ROWS],
  );
}, 60_000);

/** Exports whose COPY is running on the server now. */
async function runningExports(): Promise<number> {
  const { rows } = await pool().query<{ count: number }>(
    "SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE 'COPY (SELECT%' AND pid <> pg_backend_pid()",
  );
  return rows[0]!.count;
}

async function expectStopped(): Promise<void> {
  const deadline = Date.now() + 2_000;
  while ((await runningExports()) > 0) {
    if (Date.now() > deadline) expect.fail("the export's query still runs 2 s after its client went away");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it("reads the whole file as the client reads it", async () => {
  const response = await getExport("facilities.ndjson");
  const reader = response.body!.getReader();
  let lines = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
    lines += chunk.value.filter((byte) => byte === 0x0a).length;
  expect(lines).toBeGreaterThanOrEqual(ROWS);
  expect(await runningExports()).toBe(0);
});

it("stops the query when the client cancels the body after the first chunk", async () => {
  const response = await getExport("facilities.csv");
  const reader = response.body!.getReader();
  expect((await reader.read()).value!.length).toBeGreaterThan(0);
  expect(await runningExports()).toBe(1);
  await reader.cancel();
  await expectStopped();
});

it("stops the query when the request is aborted", async () => {
  const abort = new AbortController();
  const response = await getExport("facilities.json", abort.signal);
  const reader = response.body!.getReader();
  expect((await reader.read()).value!.length).toBeGreaterThan(0);
  expect(await runningExports()).toBe(1);
  abort.abort();
  await expectStopped();
});

it("lets exports take half the pool at most, and gives the connections back", async () => {
  const open: Response[] = [];
  for (let i = 0; i < Math.floor(env().DATABASE_POOL_MAX / 2); i += 1) open.push(await getExport("facilities.csv"));
  const busy = await getExport("facilities.csv");
  expect(busy.status).toBe(503);
  expect(busy.headers.get("retry-after")).toMatch(/^\d+$/);
  expect(busy.headers.get("content-type")).toBe("application/problem+json");
  await Promise.all(open.map((response) => response.body!.cancel()));
  await expectStopped();

  const again = await getExport("ai-tools.csv");
  expect(again.status).toBe(200);
  expect(await again.text()).toMatch(/^facility_id,/);
});
