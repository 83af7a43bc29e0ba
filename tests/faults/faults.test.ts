import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/embedded-postgres";
import { withClient } from "@/scripts/lib/database";
import { startApp, type AppProcess } from "../support/app-process";
import { databaseUrl } from "../support/test-database";

// Faults a real deployment meets, on a real PostgreSQL of the test's own (so it can be stopped
// and started) and the real app, with load only on loopback, bounded in time.

let postgres: EmbeddedPostgres;
let dataRoot: string;
let url: string;

beforeAll(async () => {
  dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "scanaware-faults-"));
  fs.chmodSync(dataRoot, 0o755);
  postgres = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "postgres") });
  await withClient(postgres.url, (client) => client.query("CREATE DATABASE scanaware"));
  url = databaseUrl(postgres.url, "scanaware");
}, 120_000);

afterAll(async () => {
  await postgres?.stop().catch(() => {});
  fs.rmSync(dataRoot, { recursive: true, force: true });
});

const ROUTES = [
  "/",
  "/facilities?q=st+marys+hospitl",
  "/facilities?near=36301&radius=25",
  "/api/v1/facilities?q=medical+center",
  "/facilities/flowers-hospital-dothan-al",
];

interface Sample {
  startedAt: number;
  status: number; // 0: no HTTP answer at all
  /** Asked with a query no one asked before: never from the page cache, always the database. */
  fresh: boolean;
}

/** `workers` clients requesting ROUTES in turn until `until()` says stop; every other request is
 * made fresh with a query parameter of its own. */
async function load(baseUrl: string, workers: number, until: () => boolean): Promise<Sample[]> {
  const samples: Sample[] = [];
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = worker; !until(); i++) {
        const route = ROUTES[Math.floor(i / 2) % ROUTES.length]!;
        const fresh = i % 2 === 1;
        const url = fresh ? `${route}${route.includes("?") ? "&" : "?"}fresh=${worker}-${i}` : route;
        const startedAt = Date.now();
        const status = await fetch(baseUrl + url, { signal: AbortSignal.timeout(10_000) }).then(
          async (response) => {
            await response.arrayBuffer();
            return response.status;
          },
          () => 0,
        );
        samples.push({ startedAt, status, fresh });
      }
    }),
  );
  return samples;
}

describe("the database restarts under load", () => {
  let app: AppProcess;

  beforeAll(async () => {
    app = await startApp(url);
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
  });

  it("answers 503 with Retry-After meanwhile (or a patient page still in memory), never another 5xx, and recovers within 2 s", async () => {
    let stopLoad = false;
    const running = load(app.baseUrl, 6, () => stopLoad);

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const downAt = Date.now();
    await postgres.stop();
    const stoppedAt = Date.now();
    // The first request to meet the outage fails on its own (a 503 all the same); from then on the
    // app answers at once with its "briefly unavailable" page.
    await expect
      .poll(async () => (await fetch(`${app.baseUrl}/facilities?q=mercy`)).text(), { timeout: 2_000 })
      .toContain("ScanAware is briefly unavailable");
    const during = await fetch(`${app.baseUrl}/facilities?q=mercy`);
    const duringApi = await fetch(`${app.baseUrl}/api/v1/facilities?q=mercy`);
    const ready = await fetch(`${app.baseUrl}/api/ready`);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const startingAt = Date.now();
    await postgres.start();
    const backAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    stopLoad = true;
    const samples = await running;

    expect(during.status).toBe(503);
    expect(during.headers.get("retry-after")).toBe("5");
    expect(await during.text()).toContain("ScanAware is briefly unavailable");
    expect(duringApi.status).toBe(503);
    expect(duringApi.headers.get("content-type")).toBe("application/problem+json");
    expect(ready.status).toBe(503);

    const counts: Record<string, number> = {};
    for (const sample of samples) counts[sample.status] = (counts[sample.status] ?? 0) + 1;
    const firstOkAfterBack = samples
      .filter((s) => s.fresh && s.status === 200 && s.startedAt >= backAt)
      .sort((a, b) => a.startedAt - b.startedAt)[0];
    // Patient pages read shortly before stay readable from memory while the database is away.
    const whileDown = samples.filter((s) => s.startedAt > stoppedAt && s.startedAt < startingAt);
    const fromMemory = whileDown.filter((s) => !s.fresh && s.status === 200).length;
    console.log(
      `restart under load: ${samples.length} requests, ` +
        Object.entries(counts)
          .map(([status, count]) => `${count} × ${status}`)
          .join(", ") +
        `; database down ${backAt - downAt} ms; meanwhile ${fromMemory} of ${whileDown.length} requests answered 200 from the page cache` +
        `; first fresh 200 ${firstOkAfterBack ? firstOkAfterBack.startedAt - backAt : "never"} ms after it was back`,
    );

    expect(Object.keys(counts).sort()).toEqual(["200", "503"]);
    expect(fromMemory).toBeGreaterThan(0);
    expect(whileDown.filter((s) => s.fresh && s.status === 200)).toEqual([]);
    expect(app.child.exitCode).toBeNull();
    expect(samples.filter((s) => s.startedAt >= backAt + 2_000 && s.status !== 200)).toEqual([]);
    expect((await fetch(`${app.baseUrl}/api/ready`)).status).toBe(200);
  }, 60_000);
});

/** Tries a new connection every 100 ms until one is refused ("ECONNREFUSED") or time is up ("accepted"). */
async function connectUntilRefused(port: number, withinMs: number): Promise<string> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const outcome = await new Promise<string>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve("accepted");
      });
      socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    });
    if (outcome !== "accepted" || Date.now() > deadline) return outcome;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("SIGTERM while requests are in flight", () => {
  it("finishes every in-flight request, refuses new connections, and exits 0", async () => {
    const app = await startApp(url);
    // Hold the facility table so that searches wait in the database: slow requests, for real.
    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    await blocker.query("BEGIN; LOCK TABLE facility IN ACCESS EXCLUSIVE MODE");
    // API searches, and search pages (rendered for the page cache through a second request to the
    // server, which must finish too).
    const inFlight = [
      ...Array.from({ length: 5 }, (_, i) => `/api/v1/facilities?q=hospital&page=${i + 1}`),
      ...Array.from({ length: 2 }, (_, i) => `/facilities?q=hospital&page=${i + 1}`),
    ].map((path) => fetch(app.baseUrl + path).then((response) => response.status));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const exited = app.stop();
    // The in-flight searches wait on the lock until COMMIT below, so whenever the listener closes
    // (a loaded machine may take a while to deliver the signal), they are still in flight.
    const refused = await connectUntilRefused(app.port, 10_000);
    await blocker.query("COMMIT");
    await blocker.end();

    expect(refused).toBe("ECONNREFUSED");
    expect(await Promise.all(inFlight)).toEqual([200, 200, 200, 200, 200, 200, 200]);
    expect(await exited).toBe(0);
  }, 120_000);
});
