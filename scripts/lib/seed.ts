import { spawn } from "node:child_process";
import { root } from "./paths";
import { withClient } from "./database";

/** Seeds an empty database (no facility at all) in a child process with the server-only condition. */
export async function seedIfEmpty(url: string, log: (message: string) => void): Promise<void> {
  const { rows } = await withClient(url, (client) => client.query("SELECT EXISTS (SELECT 1 FROM facility) AS seeded"));
  if (rows[0]?.seeded) return;
  log("Empty database: seeding it");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "prisma/seed.ts"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: url },
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`Seeding failed (exit ${code})`))));
  });
}
