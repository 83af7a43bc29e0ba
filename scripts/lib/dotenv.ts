import fs from "node:fs";
import path from "node:path";
import { root } from "./paths";

/** Like Next.js, read .env; unlike it, before deciding whether to start the embedded PostgreSQL. */
export function loadDotEnv(): void {
  const file = path.join(root, ".env");
  if (fs.existsSync(file)) process.loadEnvFile(file);
}
