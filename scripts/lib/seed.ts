import { RUBRIC_VERSION } from "@/lib/score/rubric";
import { runNode } from "./child";
import { withClient } from "./database";

/** Seeds an empty database (no facility at all) in a child process with the server-only condition. */
export async function seedIfEmpty(url: string, log: (message: string) => void): Promise<void> {
  const { rows } = await withClient(url, (client) => client.query("SELECT EXISTS (SELECT 1 FROM facility) AS seeded"));
  if (rows[0]?.seeded) return;
  log("Empty database: seeding it");
  await runNode("Seeding", ["--import", "tsx", "--conditions=react-server", "prisma/seed.ts"], { env: { DATABASE_URL: url } });
}

/**
 * Scores, in a child process, the public versions without a score under the current rubric: a
 * rubric version bump, a restored backup. A quick query first: most starts have none to score.
 */
export async function rescoreIfMissing(url: string, log: (message: string) => void): Promise<void> {
  const { rows } = await withClient(url, (client) =>
    client.query(
      `SELECT EXISTS (SELECT 1 FROM public_disclosure p WHERE NOT EXISTS (
         SELECT 1 FROM disclosure_score s WHERE s.version_id = p.version_id AND s.rubric_version = $1)) AS missing`,
      [RUBRIC_VERSION],
    ),
  );
  if (!rows[0]?.missing) return;
  log(`Scoring disclosures under transparency rubric ${RUBRIC_VERSION}`);
  await runNode("Scoring", ["--import", "tsx", "--conditions=react-server", "prisma/rescore.ts"], { env: { DATABASE_URL: url } });
}
