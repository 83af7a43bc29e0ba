// `npm run user:create -- --email you@example.org --role admin [--name "Your Name"]`: creates an
// account (or changes an existing one's role) with a confirmed address, and prints a link to
// choose its password — the first administrator of a new install is made this way.
import { parseArgs } from "node:util";
import { createUserByCommand } from "@/lib/accounts/data-admin";
import { emailSchema } from "@/lib/accounts/schema";
import { closeDatabase } from "@/lib/db-handle";
import { parseEnv, startEnvSchema } from "@/lib/env";
import { migrateIfPending, resolveDatabase, stopOnSignal } from "./lib/database";
import { loadDotEnv } from "./lib/dotenv";
import { applyLocalDefaults } from "./lib/local-secrets";

const ROLES = { admin: "ADMIN", moderator: "MODERATOR", user: "USER" } as const;
const USAGE = 'Usage: npm run user:create -- --email you@example.org --role admin|moderator|user [--name "Your Name"]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values: { email?: string; role?: string; name?: string };
try {
  ({ values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } } }));
} catch (error) {
  fail((error as Error).message);
}
const email = emailSchema.safeParse(values.email ?? "");
if (!email.success) fail(`--email: ${email.error.issues[0]!.message}`);
const role = ROLES[values.role as keyof typeof ROLES];
if (!role) fail("--role: expected admin, moderator or user.");

loadDotEnv();
const config = parseEnv(startEnvSchema);
const database = await resolveDatabase({ embeddedDir: config.EMBEDDED_POSTGRES_DIR, log: console.log });
stopOnSignal(database);
process.env.DATABASE_URL = database.url;
applyLocalDefaults(config.PORT, console.log);
try {
  await migrateIfPending(database.url, console.log);
  const link = await createUserByCommand(email.data, values.name?.trim() || email.data.split("@")[0]!, role);
  console.log(`${email.data} is now ${values.role}. Choose the password within 24 hours at:\n${link}`);
} finally {
  await closeDatabase();
  if (database.embedded?.owned) await database.embedded.stop();
}
