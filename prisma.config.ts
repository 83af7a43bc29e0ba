import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./prisma/migration-adapter";

// Prisma 6 looks for its Rust engines before reading `engine: "js"` and tries to download
// them when absent, which fails offline. Pointing at any existing file stops the lookup; with
// the JavaScript engine they are never executed.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= process.execPath;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx --conditions=react-server prisma/seed.ts",
  },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => migrationAdapter(requiredDatabaseUrl()),
});

function requiredDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Run migrations through `npm run db:migrate` (which starts the " +
        "embedded PostgreSQL when needed) or set DATABASE_URL to a postgresql:// URL.",
    );
  }
  return url;
}
