import { runNode } from "./child";
import { withClient } from "./database";

/** Seeds an empty database (no facility at all) in a child process with the server-only condition. */
export async function seedIfEmpty(url: string, log: (message: string) => void): Promise<void> {
  const { rows } = await withClient(url, (client) => client.query("SELECT EXISTS (SELECT 1 FROM facility) AS seeded"));
  if (rows[0]?.seeded) return;
  log("Empty database: seeding it");
  await runNode("Seeding", ["--import", "tsx", "--conditions=react-server", "prisma/seed.ts"], { env: { DATABASE_URL: url } });
}
