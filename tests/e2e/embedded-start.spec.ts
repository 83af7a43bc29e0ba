import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

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

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function start(): { child: ChildProcess; output: () => string } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    EMBEDDED_POSTGRES_DIR: path.join(dataRoot, "postgres"),
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.mts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function waitUntilReady(output: () => string) {
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${port}/api/ready`).catch(() => undefined))?.status, {
      timeout: 180_000,
      message: `the embedded start never became ready:\n${output()}`,
    })
    .toBe(200);
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
  await waitUntilReady(first.output);
  await page.goto(`http://127.0.0.1:${port}/`);
  await expect(page.getByTestId("facility-count")).toContainText("in the registry");
  expect(first.output()).toContain("Empty database: seeding it");

  expect(await stop(first.child)).toBe(0);
  expect(postgresProcessesFor(dataDir)).toBe("");
  expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  expect(fs.readFileSync(path.join(dataDir, "server.log"), "utf8")).toContain("database system is shut down");

  // The second start finds a current build, applied migrations and seeded data: it only starts.
  const second = start();
  await waitUntilReady(second.output);
  expect(second.output()).not.toMatch(/Building the app|Applying|seeding/);
  expect(fs.readFileSync(path.join(dataDir, "server.log"), "utf8")).not.toContain("not properly shut down");
  expect(await stop(second.child)).toBe(0);
  expect(postgresProcessesFor(dataDir)).toBe("");
});
