import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateDisclosure } from "@/lib/disclosures/validate";
import { withClient } from "@/scripts/lib/database";
import { root } from "@/scripts/lib/paths";
import { createTestDatabase, dropTestDatabase, ensureTemplate, startTestServer, type TestServer } from "../support/test-database";

// "kill -9 in the middle of publishing leaves either the old or the new version, never half of
// one": a child process publishes one facility's disclosure in a loop through the real data layer,
// is killed with SIGKILL at a random moment, and the database must hold whole publications only.

const CYCLES = 5;
/** Publications a cycle waits for before it picks its moment to kill. */
const BEFORE_KILL = 5;
const KILL_DELAY_MS = 300;
const SCRIPT = path.join(root, "tests", "support", "publish-loop.mts");

const name = `scanaware_faults_publish_${process.pid}_${Date.now()}`;
let server: TestServer | undefined;
let url: string;
let facilityId: string;
let userId: string;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  server = await startTestServer();
  url = await createTestDatabase(server.adminUrl, await ensureTemplate(server.adminUrl), name);
  await withClient(url, async (client) => {
    const facility = await client.query<{ id: string }>(
      `INSERT INTO facility (id, slug, name, kind, city, state, source, search_text, updated_at)
       VALUES (gen_random_uuid(), 'crash-test-imaging', 'Crash Test Imaging', 'IMAGING_CENTER', 'Springfield', 'IL', 'CMS_IMPORT',
               'crash test imaging springfield il', now())
       RETURNING id`,
    );
    const user = await client.query<{ id: string }>(
      `INSERT INTO app_user (id, email, name, email_verified_at) VALUES (gen_random_uuid(), 'casey@example.org', 'Casey Crash', now()) RETURNING id`,
    );
    facilityId = facility.rows[0]!.id;
    userId = user.rows[0]!.id;
    await client.query(`INSERT INTO membership (user_id, facility_id, role) VALUES ($1, $2, 'FACILITY_ADMIN')`, [userId, facilityId]);
  });
}, 120_000);

afterAll(async () => {
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }
  if (server) {
    await dropTestDatabase(server.adminUrl, name);
    await server.stop();
  }
});

interface Loop {
  process: ChildProcess;
  /** The publication numbers it printed, in order. */
  numbers: number[];
  stderr(): string;
  /** Resolves with the signal or exit code once the process and its output have closed. */
  closed: Promise<NodeJS.Signals | number | null>;
}

/** The publishing loop, loading its modules; it touches the database only once told to go. */
function spawnLoop(): Loop {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", SCRIPT, facilityId, userId, "casey@example.org"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: "publish-crash-test-secret-0123456789abcdef", LOG_LEVEL: "silent" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  children.add(child);
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const numbers: number[] = [];
  readline.createInterface({ input: child.stdout! }).on("line", (line) => {
    const match = /^published (\d+)$/.exec(line);
    numbers.push(match ? Number(match[1]) : NaN);
  });
  const closed = new Promise<NodeJS.Signals | number | null>((resolve) => child.once("close", (code, signal) => resolve(signal ?? code)));
  return { process: child, numbers, stderr: () => stderr, closed };
}

interface Cycle {
  /** Publications the loop printed, that is saw commit. */
  printed: number;
  lastPrinted: number | undefined;
  /** From "go" to the first line, and from there to the kill. */
  firstMs: number;
  runMs: number;
}

/** Lets the loop go, waits for BEFORE_KILL lines, then SIGKILLs it 0–300 ms after the last one. */
async function publishThenKill(loop: Loop): Promise<Cycle> {
  const goAt = Date.now();
  loop.process.stdin!.write("go\n");
  // Generous: a loaded machine (CI) publishes slowly; a stuck loop still fails the test.
  const deadline = goAt + 60_000;
  while (loop.numbers.length < BEFORE_KILL) {
    if (loop.process.exitCode !== null)
      throw new Error(`the publishing loop exited (${loop.process.exitCode}) before it was killed:\n${loop.stderr()}`);
    if (Date.now() > deadline) throw new Error(`no ${BEFORE_KILL} publications within 60 s:\n${loop.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const firstAt = Date.now();
  await new Promise((resolve) => setTimeout(resolve, Math.random() * KILL_DELAY_MS));
  const killedAt = Date.now();
  loop.process.kill("SIGKILL");
  expect(await loop.closed).toBe("SIGKILL");
  expect(loop.numbers.every(Number.isInteger), `output: ${loop.numbers}`).toBe(true);
  return { printed: loop.numbers.length, lastPrinted: loop.numbers.at(-1), firstMs: firstAt - goAt, runMs: killedAt - firstAt };
}

/** The killed client's server sessions end (rolling back what they had open) before we look. */
async function waitForSessionsToEnd(client: pg.Client): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    if (rows[0]!.n === 0) return;
    if (Date.now() > deadline) throw new Error(`${rows[0]!.n} sessions still open 5 s after the kill`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface State {
  versions: number;
  revision: number;
  changed: boolean;
}

/** Every invariant of whole publications, in plain SQL; returns what the next cycle compares with. */
async function checkInvariants(client: pg.Client): Promise<State> {
  const versions = await client.query<{ id: string; number: number; published_at: Date; content: unknown }>(
    "SELECT id, number, published_at, content FROM disclosure_version WHERE facility_id = $1 ORDER BY number",
    [facilityId],
  );
  const n = versions.rowCount ?? 0;
  expect(versions.rows.map((v) => v.number)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  for (const version of versions.rows) expect(validateDisclosure(version.content).ok, `version ${version.number} is complete`).toBe(true);

  const published = await client.query<{ subject_id: string; number: string; facility_id: string }>(
    `SELECT subject_id, details->>'number' AS number, details->>'facilityId' AS facility_id
       FROM audit_event WHERE action = 'disclosure.published' ORDER BY id`,
  );
  const byVersion = new Map(versions.rows.map((v) => [v.id, v.number]));
  expect(
    published.rows.filter((row) => !byVersion.has(row.subject_id)),
    "audit rows of versions that do not exist",
  ).toEqual([]);
  expect(published.rows.map((row) => [row.subject_id, Number(row.number), row.facility_id]).sort()).toEqual(
    versions.rows.map((v) => [v.id, v.number, facilityId]).sort(),
  );

  const [facility] = (await client.query<{ disclosed_at: Date | null }>("SELECT disclosed_at FROM facility WHERE id = $1", [facilityId]))
    .rows;
  expect(facility!.disclosed_at).toEqual(n ? versions.rows[n - 1]!.published_at : null);

  const saves = await client.query<{ revision: number }>(
    `SELECT (details->>'revision')::int AS revision FROM audit_event
      WHERE action = 'disclosure.draft-saved' AND subject_id = $1 ORDER BY id`,
    [facilityId],
  );
  const saved = saves.rows.map((row) => row.revision);
  expect(new Set(saved).size, "each saved revision once").toBe(saved.length);
  const [draft] = (
    await client.query<{ revision: number; based_on_version: number | null; changed: boolean; same_as_latest: boolean | null }>(
      `SELECT d.revision, d.based_on_version, d.changed,
              d.content = (SELECT content FROM disclosure_version WHERE facility_id = d.facility_id ORDER BY number DESC LIMIT 1) AS same_as_latest
         FROM disclosure_draft d WHERE d.facility_id = $1`,
      [facilityId],
    )
  ).rows;
  if (!draft) {
    expect(n + saved.length).toBe(0);
    return { versions: 0, revision: 0, changed: false };
  }
  // Every save and every publication moves the revision on by one, and each is in the audit log.
  expect(draft.revision).toBe(saved.length + n);
  expect(draft.revision).toBeGreaterThanOrEqual(2 * n);
  expect(Math.max(...saved)).toBeLessThanOrEqual(draft.revision);
  expect(draft.based_on_version).toBe(n || null);
  if (draft.changed) expect(saved.at(-1), "a changed draft's last write was a save").toBe(draft.revision);
  else expect(draft.same_as_latest, "an unchanged draft holds the latest version").toBe(true);
  return { versions: n, revision: draft.revision, changed: draft.changed };
}

/**
 * Transactions the server rolled back in this database: those a kill cut short (the loop rolls
 * back nothing otherwise). A dying session may report its statistics a moment late, so this is read
 * once, at the end, for the figures only.
 */
async function rollbacks(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>("SELECT xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()");
  return Number(rows[0]!.n);
}

describe("kill -9 while publishing", () => {
  it("leaves whole publications only, cycle after cycle", async () => {
    let before = await withClient(url, checkInvariants);
    const rolledBackBefore = await withClient(url, rollbacks);
    const summary: string[] = [];
    const startedAt = Date.now();
    // The next loop loads its modules (a second or more) while this one runs.
    let next = spawnLoop();
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const loop = next;
      if (cycle < CYCLES) next = spawnLoop();
      const run = await publishThenKill(loop);
      const after = await withClient(url, async (client) => {
        await waitForSessionsToEnd(client);
        return checkInvariants(client);
      });
      // What the loop printed committed; at most one more committed before it could say so.
      const committed = after.versions - before.versions;
      expect(run.lastPrinted).toBe(before.versions + run.printed);
      expect(committed - run.printed).toBeGreaterThanOrEqual(0);
      expect(committed - run.printed).toBeLessThanOrEqual(1);
      const state =
        committed > run.printed ? "a commit not yet printed" : after.changed ? "a save not yet published" : "the draft as published";
      summary.push(
        `cycle ${cycle}: ${committed} published (${run.printed} printed), first ${run.firstMs} ms after go, killed ${run.runMs} ms later, leaving ${state}`,
      );
      before = after;
    }
    const rolledBack = (await withClient(url, rollbacks)) - rolledBackBefore;
    console.log(
      `publish crash: ${before.versions} versions, revision ${before.revision}, ${CYCLES} kills, ${rolledBack} transaction(s) cut short, ${Date.now() - startedAt} ms\n  ` +
        summary.join("\n  "),
    );
  }, 300_000);
});
