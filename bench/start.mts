// `npm run bench:start`: how long `npm start` takes with the embedded PostgreSQL.
//   cold: a new data directory (initdb, migrations, seed) and a `next build`
//   warm: the same again, with everything in place
// Each figure is from spawning the start script to /api/ready answering 200, then SIGTERM to exit.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "@/scripts/lib/paths";
import { spawnApp, waitUntilReady } from "@/tests/support/app-process";

const port = Number(process.env.BENCH_PORT ?? 3999);
const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "scanaware-bench-"));
fs.chmodSync(dataRoot, 0o755);

async function run(label: string) {
  const started = performance.now();
  const app = spawnApp(port, { DATABASE_URL: undefined, LOG_LEVEL: "warn", EMBEDDED_POSTGRES_DIR: path.join(dataRoot, "pg") }, "ignore");
  await waitUntilReady(app);
  const ready = performance.now() - started;
  const stopping = performance.now();
  const code = await app.stop();
  const stopped = performance.now() - stopping;
  console.log(`${label.padEnd(5)} ready in ${(ready / 1000).toFixed(2)} s, stopped in ${(stopped / 1000).toFixed(2)} s (exit ${code})`);
}

fs.rmSync(path.join(root, ".next", "scanaware-build-inputs"), { force: true });
await run("cold");
await run("warm");
fs.rmSync(dataRoot, { recursive: true, force: true });
