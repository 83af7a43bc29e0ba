// `npm run bench:start`: how long `npm start` takes with the embedded PostgreSQL.
//   cold: a new data directory (initdb, migrations, seed) and a `next build`
//   warm: the same again, with everything in place
// Each figure is from spawning the start script to /api/ready answering 200, then SIGTERM to exit.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "@/scripts/lib/paths";

const port = Number(process.env.BENCH_PORT ?? 3999);
const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "scanaware-bench-"));
fs.chmodSync(dataRoot, 0o755);

async function run(label: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    EMBEDDED_POSTGRES_DIR: path.join(dataRoot, "pg"),
  };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.mts"], { cwd: root, env, stdio: "ignore" });
  for (;;) {
    const status = await fetch(`http://127.0.0.1:${port}/api/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const ready = performance.now() - started;
  const stopping = performance.now();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const code = await exited;
  const stopped = performance.now() - stopping;
  console.log(`${label.padEnd(5)} ready in ${(ready / 1000).toFixed(2)} s, stopped in ${(stopped / 1000).toFixed(2)} s (exit ${code})`);
}

fs.rmSync(path.join(root, ".next", "scanaware-build-inputs"), { force: true });
await run("cold");
await run("warm");
fs.rmSync(dataRoot, { recursive: true, force: true });
