import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "@/lib/embedded-postgres";
import { buildStandaloneServer, STANDALONE_SERVER } from "@/scripts/build-server.mts";
import { createTestDatabase, dropTestDatabase, ensureTemplate, startTestServer } from "../support/test-database";

// The Docker image runs Next.js's standalone build, laid out as the Dockerfile copies it, with
// ScanAware's own server bundled beside it (`npm run build:server`). Docker cannot run here, so the
// same layout is assembled in a directory and served with plain node.
test("the standalone server, laid out as in the Docker image, serves the site and stops cleanly", async () => {
  test.setTimeout(120_000);
  const root = process.cwd();
  await buildStandaloneServer();
  const app = fs.mkdtempSync(path.join(os.tmpdir(), "scanaware-standalone-"));
  fs.cpSync(path.join(root, ".next", "standalone"), app, { recursive: true, verbatimSymlinks: true });
  fs.cpSync(path.join(root, ".next", "static"), path.join(app, ".next", "static"), { recursive: true });
  fs.cpSync(path.join(root, "public"), path.join(app, "public"), { recursive: true });
  fs.cpSync(path.join(root, "prisma"), path.join(app, "prisma"), { recursive: true });

  const server = await startTestServer();
  const database = `scanaware_standalone_${process.pid}`;
  const url = await createTestDatabase(server.adminUrl, await ensureTemplate(server.adminUrl), database);
  const port = await freePort();
  const child = spawn(process.execPath, [path.basename(STANDALONE_SERVER)], {
    cwd: app,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: url,
      AUTH_SECRET: "standalone-test-session-secret-0123456789",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  try {
    const base = `http://127.0.0.1:${port}`;
    await expect
      .poll(
        () =>
          fetch(`${base}/api/ready`).then(
            (response) => response.status,
            () => 0,
          ),
        { timeout: 60_000, message: output },
      )
      .toBe(200);
    const home = await fetch(base);
    expect(home.status).toBe(200);
    expect(home.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(home.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await home.text()).toContain("in the registry");
    const css = (await fetch(base).then((response) => response.text())).match(/\/_next\/static\/[^"]+\.css/)?.[0];
    expect((await fetch(`${base}${css}`)).status).toBe(200);
    expect((await fetch(`${base}/api/v1/facilities?q=mercy`)).status).toBe(200);
    // The page cache is there too: the second visitor's home page comes from memory.
    expect((await fetch(base)).headers.get("age")).not.toBeNull();
    expect((await fetch(`${base}/sign-in`)).headers.get("age")).toBeNull();
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    await dropTestDatabase(server.adminUrl, database);
    fs.rmSync(app, { recursive: true, force: true });
  }
});
