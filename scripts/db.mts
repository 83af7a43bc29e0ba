// `npm run db:migrate -- --name <change>`: create a migration from prisma/schema.prisma and apply it.
// `npm run db:deploy`: apply pending migrations. Both use DATABASE_URL, else the embedded PostgreSQL.
import fs from "node:fs";
import path from "node:path";
import { parseEnv, startEnvSchema } from "@/lib/env";
import { resolveDatabase } from "./lib/database";
import { root } from "./lib/paths";
import { runPrisma } from "./lib/prisma-cli";

const [command, ...rest] = process.argv.slice(2);
const prismaArgs: Record<string, string[]> = { migrate: ["migrate", "dev", ...rest], deploy: ["migrate", "deploy"] };
const args = command ? prismaArgs[command] : undefined;
if (!args) {
  console.error("Usage: tsx scripts/db.mts migrate --name <change> | deploy");
  process.exit(2);
}

const dotenv = path.join(root, ".env");
if (fs.existsSync(dotenv)) process.loadEnvFile(dotenv);
const log = (message: string) => console.log(`[scanaware] ${message}`);
const database = await resolveDatabase({ embeddedDir: parseEnv(startEnvSchema).EMBEDDED_POSTGRES_DIR, log });
let status = 0;
try {
  await runPrisma(args, database.url);
} catch (error) {
  console.error((error as Error).message);
  status = 1;
} finally {
  await database.embedded?.stop();
}
process.exit(status);
