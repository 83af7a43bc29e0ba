// `npm run bench:export`: every bulk export file, over HTTP from the production server, on 100,000
// synthetic facilities (BENCH_FACILITIES) with disclosures. For each file and format: rows per
// second, and the server's peak memory above what it held before (VmHWM, reset before each
// download); next to it, in the same run, the same COPY statement through psql (the baseline).
// Each figure is the median of BENCH_RUNS runs (default 3). Needs psql on the PATH.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { DATASET_NAMES, DATASETS, selectSql } from "@/lib/open-data/datasets";
import { FORMAT_NAMES, FORMATS } from "@/lib/open-data/formats";
import { withClient } from "@/scripts/lib/database";
import { startApp } from "@/tests/support/app-process";
import { benchDatabase } from "./lib/bench-database";
import { fillSyntheticDisclosures } from "./lib/synthetic-disclosures";

const FACILITIES = Number(process.env.BENCH_FACILITIES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = 1024 * 1024;

const database = await benchDatabase(FACILITIES);
await withClient(database.url, fillSyntheticDisclosures);
const rowCounts = await withClient(database.url, async (client) => {
  const counts: Record<string, number> = {};
  for (const name of DATASET_NAMES) {
    counts[name] = (await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${DATASETS[name].from}`)).rows[0]!.count;
  }
  return counts;
});
const app = await startApp(database.url, Number(process.env.BENCH_PORT ?? 3995), { LOG_LEVEL: "warn" });
const pid = app.child.pid!;

/** The server's resident memory now, and its peak since the last reset, in bytes. */
function memory(): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)![1]) * 1024;
  return { rss: kb("VmRSS"), peak: kb("VmHWM") };
}

/** Linux: writing 5 to clear_refs resets VmHWM to the current RSS. */
const resetPeak = () => fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");

/** Downloads the file, discarding it as it arrives: seconds, bytes and the peak RSS growth. */
function download(path: string): Promise<{ seconds: number; bytes: number; growth: number }> {
  resetPeak();
  const before = memory().rss;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(`${app.baseUrl}${path}`, (response) => {
        if (response.statusCode !== 200) reject(new Error(`${path}: ${response.statusCode}`));
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () => resolve({ seconds: (performance.now() - started) / 1000, bytes, growth: memory().peak - before }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

/** The same COPY through psql, its output discarded as it arrives. */
function psqlCopy(statement: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", statement, database.url], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout.resume();
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`psql exited with ${code}`)),
    );
  });
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

try {
  await download("/api/v1/exports/facilities.csv"); // warm-up: the route's modules load on its first request
  const table: string[][] = [];
  for (const name of DATASET_NAMES) {
    for (const format of FORMAT_NAMES) {
      const served: { seconds: number; bytes: number; growth: number }[] = [];
      const psql: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        served.push(await download(`/api/v1/exports/${name}.${format}`));
        psql.push(await psqlCopy(FORMATS[format].copy(selectSql(DATASETS[name]))));
      }
      const rows = rowCounts[name]!;
      const httpRate = rows / median(served.map((result) => result.seconds));
      const psqlRate = rows / median(psql);
      table.push([
        `${name}.${format}`,
        rows.toLocaleString("en-US"),
        (served[0]!.bytes / MB).toFixed(1),
        Math.round(httpRate).toLocaleString("en-US"),
        Math.round(psqlRate).toLocaleString("en-US"),
        (httpRate / psqlRate).toFixed(2),
        (Math.max(...served.map((result) => result.growth)) / MB).toFixed(1),
      ]);
    }
  }
  const header = ["file", "rows", "MB", "HTTP rows/s", "psql COPY rows/s", "× COPY", "peak RSS growth MB"];
  const widths = header.map((title, i) => Math.max(title.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(
    `\n${FACILITIES.toLocaleString("en-US")} facilities, median of ${RUNS} runs; server RSS now ${(memory().rss / MB).toFixed(0)} MB\n`,
  );
  console.log(line(header));
  for (const row of table) console.log(line(row));
  console.log("\nTargets: × COPY ≥ 0.80, peak RSS growth ≤ 50 MB.");
} finally {
  await app.stop();
  await database.stop();
}
