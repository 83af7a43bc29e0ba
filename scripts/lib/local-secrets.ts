import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { root } from "./paths";

/**
 * A local install works without configuration: the session secret is made once and kept in
 * .data/ (mode 600), so sessions survive restarts; links in emails point at this machine.
 * A deployment sets AUTH_SECRET and APP_URL itself.
 */
export function applyLocalDefaults(port: number, log: (message: string) => void): void {
  process.env.APP_URL ||= `http://localhost:${port}`;
  if (process.env.AUTH_SECRET) return;
  const file = path.join(root, ".data", "auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    log(`Made a session secret in ${path.relative(root, file)} (set AUTH_SECRET to choose your own).`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
