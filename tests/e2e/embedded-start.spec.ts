import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "@/lib/embedded-postgres";
import { spawnApp, waitUntilReady, type AppProcess } from "../support/app-process";

// `npm start` with no DATABASE_URL: a real PostgreSQL from npm, in a directory of its own, and a
// SIGTERM that leaves no PostgreSQL behind and a data directory that needs no recovery.
test.describe.configure({ mode: "serial", timeout: 240_000 });

let dataRoot: string;
let port: number;

test.beforeAll(async () => {
  dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "scanaware-embedded-"));
  fs.chmodSync(dataRoot, 0o755); // mkdtemp makes it 700; as root, PostgreSQL runs as `postgres`
  port = await freePort();
});

test.afterAll(() => {
  fs.rmSync(dataRoot, { recursive: true, force: true });
});

function start(dataDir = path.join(dataRoot, "postgres")): AppProcess {
  return spawnApp(port, { DATABASE_URL: undefined, EMBEDDED_POSTGRES_DIR: dataDir });
}

function serverLog(): string {
  const file = path.join(dataRoot, "postgres", "server.log");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").slice(-25).join("\n") : "";
}

const ready = (app: AppProcess) => waitUntilReady(app, 180_000, serverLog);

async function killHard(app: AppProcess) {
  const exited = new Promise((resolve) => app.child.once("exit", resolve));
  app.child.kill("SIGKILL");
  await exited;
}

function postgresProcessesFor(dataDir: string): string {
  try {
    return execFileSync("pgrep", ["-f", `postgres -D ${dataDir}`], { encoding: "utf8" });
  } catch {
    return ""; // pgrep exits 1 when nothing matches
  }
}

test("starts its own PostgreSQL, serves the site, and stops cleanly on SIGTERM", async ({ page }) => {
  const dataDir = path.join(dataRoot, "postgres");
  const first = start();
  await ready(first);
  await page.goto(`http://127.0.0.1:${port}/`);
  await expect(page.getByTestId("facility-count")).toContainText("in the registry");
  expect(first.output()).toContain("Empty database: seeding it");

  expect(await first.stop()).toBe(0);
  expect(postgresProcessesFor(dataDir)).toBe("");
  expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  expect(fs.readFileSync(path.join(dataDir, "server.log"), "utf8")).toContain("database system is shut down");

  // The second start finds a current build, applied migrations and seeded data: it only starts.
  const second = start();
  await ready(second);
  expect(second.output()).not.toMatch(/Building the app|Applying|seeding/);
  expect(fs.readFileSync(path.join(dataDir, "server.log"), "utf8")).not.toContain("not properly shut down");
  expect(await second.stop()).toBe(0);
  expect(postgresProcessesFor(dataDir)).toBe("");
});

test("recovers after the app, and then PostgreSQL too, were killed with SIGKILL", async () => {
  const dataDir = path.join(dataRoot, "postgres");
  const killed = start();
  await ready(killed);
  await killHard(killed);
  // PostgreSQL runs in its own session: it outlives the app, and the next start adopts it.
  expect(postgresProcessesFor(dataDir)).not.toBe("");
  const adopting = start();
  await ready(adopting);
  expect(adopting.output()).toContain("Using the PostgreSQL server already running on this data directory");
  await killHard(adopting);

  // Now PostgreSQL dies hard as well (a power cut): the next start recovers it.
  const postmaster = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(postmaster, "SIGKILL");
  await expect.poll(() => postgresProcessesFor(dataDir), { timeout: 10_000 }).toBe("");
  const recovering = start();
  await ready(recovering);
  const facilities = await fetch(`http://127.0.0.1:${port}/api/v1/facilities?q=dothan`).then((response) => response.json());
  expect(facilities.total).toBeGreaterThan(0);
  expect(await recovering.stop()).toBe(0);
  expect(postgresProcessesFor(dataDir)).toBe("");
});

test("a SIGTERM during the first start-up lets the current step finish, then stops cleanly", async () => {
  const dataDir = path.join(dataRoot, "interrupted");
  const app = start(dataDir);
  // Wait until PostgreSQL is up and the next steps (migrations, seed) have begun.
  await expect.poll(app.output, { timeout: 60_000 }).toContain("is ready on 127.0.0.1");
  expect(await app.stop()).toBe(0);
  expect(app.output()).toContain("stopping once the current start-up step has finished");
  expect(postgresProcessesFor(dataDir)).toBe("");
  expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
});
