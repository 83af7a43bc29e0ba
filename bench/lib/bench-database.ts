import { withClient } from "@/scripts/lib/database";
import { createTestDatabase, databaseUrl, dropDatabasesLike, ensureTemplate, startTestServer } from "@/tests/support/test-database";
import { fillSyntheticFacilities } from "./synthetic-facilities";

/**
 * A separate database with `count` synthetic facilities, on TEST_DATABASE_URL's server or the
 * embedded test server; kept between runs (it takes a while to fill) and refilled when the
 * migrations change.
 */
export async function benchDatabase(count: number): Promise<{ url: string; stop(): Promise<void> }> {
  const server = await startTestServer();
  const template = await ensureTemplate(server.adminUrl);
  const name = `scanaware_bench_${count}_${template.slice(-12)}`;
  const exists = await withClient(server.adminUrl, async (client) =>
    Boolean((await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount),
  );
  const url = exists ? databaseUrl(server.adminUrl, name) : await createTestDatabase(server.adminUrl, template, name);
  if (!exists) {
    await dropDatabasesLike(server.adminUrl, "scanaware_bench_%", name);
    console.log(`Filling ${name} with ${count.toLocaleString("en-US")} synthetic facilities…`);
    await withClient(url, (client) => fillSyntheticFacilities(client, count));
  }
  return { url, stop: server.stop };
}
