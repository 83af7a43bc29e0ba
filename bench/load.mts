// `npm run bench:load`: the reading routes (home, search, facility in both languages, compare,
// API) under load at 10, 20 and 50 connections (loopback only, BENCH_SECONDS per route, default
// 5), on 100,000 synthetic facilities, next to a trivial Next.js route (/api/health: no database,
// no rendering). Prints req/s, p50/p95/p99 and errors. The app runs as configured: with the page
// cache unless PAGE_CACHE_SECONDS=0 (every page rendered for every request).
import { parseEnv, startEnvSchema } from "@/lib/env";
import { withClient } from "@/scripts/lib/database";
import { startApp } from "@/tests/support/app-process";
import { benchDatabase } from "./lib/bench-database";
import { printTable, runLoad, type LoadResult } from "./lib/load";

const FACILITIES = Number(process.env.BENCH_FACILITIES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const LEVELS = (process.env.BENCH_LEVELS ?? "10,20,50").split(",").map(Number);
const cacheSeconds = parseEnv(startEnvSchema).PAGE_CACHE_SECONDS;
// Searches for typed words or a ZIP code are never kept, only shared (lib/page-cache/rules.ts).
const PAGE_CACHE = cacheSeconds ? `on (${cacheSeconds} s; typed searches shared, never kept)` : "off";

const database = await benchDatabase(FACILITIES);
const keys = await withClient(
  database.url,
  async (client) => (await client.query<{ id: string; slug: string }>("SELECT id, slug FROM facility ORDER BY md5(slug) LIMIT 200")).rows,
);
const app = await startApp(database.url, Number(process.env.BENCH_PORT ?? 3996), { LOG_LEVEL: "info" });

const trios = Array.from({ length: Math.floor(keys.length / 3) }, (_, index) => keys.slice(index * 3, index * 3 + 3));
const searches = ["st marys hospital", "jonson memorial", "imaging center", "lakeside open mri"];
const routes = [
  { label: "trivial: /api/health", paths: ["/api/health"] },
  { label: "home /", paths: ["/"] },
  { label: "search page", paths: searches.map((q) => `/facilities?${new URLSearchParams({ q })}`) },
  { label: "search page, ZIP + 25 mi", paths: ["60614", "10001", "94110"].map((near) => `/facilities?near=${near}&radius=25`) },
  { label: "search page, a state + filter", paths: ["IL", "NY", "CA", "TX"].map((state) => `/facilities?state=${state}&onSiteOnly=true`) },
  { label: "facility page", paths: keys.map((key) => `/facilities/${key.slug}`) },
  { label: "facility page, Spanish", paths: keys.map((key) => `/es/facilities/${key.slug}`) },
  { label: "compare page, 3 facilities", paths: trios.map((trio) => `/compare?${trio.map((key) => `f=${key.slug}`).join("&")}`) },
  { label: "API search", paths: searches.map((q) => `/api/v1/facilities?${new URLSearchParams({ q })}`) },
  { label: "API facility", paths: keys.map((key) => `/api/v1/facilities/${key.id}`) },
];

try {
  await runLoad({ label: "warm-up", baseUrl: app.baseUrl, paths: routes.flatMap((route) => route.paths), connections: 4, seconds: 3 });
  for (const connections of LEVELS) {
    const results: LoadResult[] = [];
    for (const route of routes) results.push(await runLoad({ ...route, baseUrl: app.baseUrl, connections, seconds: SECONDS }));
    console.log(
      `\n${connections} connections, ${SECONDS} s per route, ${FACILITIES.toLocaleString("en-US")} facilities, page cache ${PAGE_CACHE}\n`,
    );
    printTable(results, results[0]!);
  }
} finally {
  await app.stop();
  await database.stop();
}
