import { withClient } from "@/scripts/lib/database";
import { E2E_DATABASE, databaseUrl, startTestServer } from "../support/test-database";

/** Runs SQL against the database the e2e server uses, to arrange what a test needs. */
export async function e2eQuery(sql: string, values: unknown[] = []) {
  const server = await startTestServer();
  return withClient(databaseUrl(server.adminUrl, E2E_DATABASE), (client) => client.query(sql, values));
}
