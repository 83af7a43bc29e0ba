// `npm run db:migrate -- --name <change>`: create a migration from prisma/schema.prisma and apply it.
// `npm run db:deploy`: apply pending migrations. Both use DATABASE_URL, else the embedded PostgreSQL.
import { parseEnv, startEnvSchema } from "@/lib/env";
import { resolveDatabase } from "./lib/database";
import { loadDotEnv } from "./lib/dotenv";
import { runPrisma } from "./lib/prisma-cli";

const [command, ...rest] = process.argv.slice(2);
// `migrate dev` on a database that also has migrations to apply asks for a shadow database the
// offline engine cannot provide in that order: apply what is committed first.
const steps: Record<string, string[][]> = {
  migrate: [
    ["migrate", "deploy"],
    ["migrate", "dev", ...rest],
  ],
  deploy: [["migrate", "deploy"]],
};
const commands = command ? steps[command] : undefined;
if (!commands) {
  console.error("Usage: tsx scripts/db.mts migrate --name <change> | deploy");
  process.exit(2);
}

loadDotEnv();
const log = (message: string) => console.log(`[scanaware] ${message}`);
const database = await resolveDatabase({ embeddedDir: parseEnv(startEnvSchema).EMBEDDED_POSTGRES_DIR, log });
let status = 0;
try {
  for (const args of commands) await runPrisma(args, database.url);
} catch (error) {
  console.error((error as Error).message);
  status = 1;
} finally {
  if (database.embedded?.startedHere) await database.embedded.stop();
}
process.exit(status);
