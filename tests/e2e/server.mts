// The e2e web server: a fresh, empty database on the test server, then `npm start`'s own script.
import { E2E_DATABASE, databaseUrl, startTestServer } from "../support/test-database";
import { withClient } from "@/scripts/lib/database";

const server = await startTestServer();
await withClient(server.adminUrl, async (client) => {
  await client.query(`DROP DATABASE IF EXISTS ${E2E_DATABASE} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${E2E_DATABASE}`);
});
process.env.DATABASE_URL = databaseUrl(server.adminUrl, E2E_DATABASE);
// The embedded test server's stop() is synchronous underneath, so it can run at exit.
process.on("exit", () => void server.stop());
await import("../../scripts/start.mts");
