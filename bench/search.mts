// `npm run bench:search`: the facility search under load, on 100,000 synthetic facilities.
// For each kind of query, 20 connections for 10 s (BENCH_SECONDS, BENCH_CONNECTIONS) against
// /facilities, and in the same run a trivial route: one facility's page, looked up by its key.
import { withClient } from "@/scripts/lib/database";
import { startApp } from "@/tests/support/app-process";
import { benchDatabase } from "./lib/bench-database";
import { fillSyntheticDisclosures } from "./lib/synthetic-disclosures";
import { printTable, runLoad, type LoadResult } from "./lib/load";

const FACILITIES = Number(process.env.BENCH_FACILITIES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

const database = await benchDatabase(FACILITIES);
await withClient(database.url, fillSyntheticDisclosures);
const keys = await withClient(
  database.url,
  async (client) => (await client.query<{ id: string; slug: string }>("SELECT id, slug FROM facility ORDER BY md5(slug) LIMIT 200")).rows,
);
const app = await startApp(database.url, Number(process.env.BENCH_PORT ?? 3998), { LOG_LEVEL: "info" });

const queries: { label: string; params: Record<string, string>[] }[] = [
  {
    label: "typical name",
    params: ["st marys hospital", "johnson memorial", "lakeside imaging", "mercy medical center", "summit open mri"].map((q) => ({ q })),
  },
  {
    label: "typo",
    params: ["st marys hospitl", "jonson memorial", "lakesde imaging", "mercey medical centre", "sumit open mri"].map((q) => ({ q })),
  },
  { label: "generic words", params: ["imaging center", "medical", "hospital", "medical center", "health"].map((q) => ({ q })) },
  { label: "ZIP + 25 mi", params: ["60614", "36301", "10001", "94110", "78701", "98101"].map((near) => ({ near, radius: "25" })) },
  {
    label: "ZIP + 100 mi, filters",
    params: ["60614", "36301", "10001"].map((near) => ({ near, radius: "100", kind: "IMAGING_CENTER", disclosure: "disclosed" })),
  },
  {
    label: "ZIP + 25 mi, disclosed facts",
    params: ["60614", "36301", "10001", "94110"].map((near, index) => ({
      near,
      radius: "25",
      ...[{ onSiteOnly: "true" }, { optOut: "true", modality: "CT" }, { noCloudAbroad: "true" }, { noTraining: "true" }][index],
    })),
  },
  {
    label: "name + facts, by score",
    params: ["medical center", "imaging", "hospital"].map((q) => ({ q, optOut: "true", sort: "score" })),
  },
  { label: "state, by score", params: ["IL", "CA", "TX", "NY"].map((state) => ({ state, sort: "score" })) },
];

// The search as JSON (/api/v1/facilities) and as the page patients use (/facilities), each next to
// its trivial counterpart: one facility looked up by key, through the same stack.
const suites = [
  {
    title: "JSON API",
    trivial: { label: "trivial: /api/v1/facilities/{id}", paths: keys.map((key) => `/api/v1/facilities/${key.id}`) },
    path: (params: Record<string, string>) => `/api/v1/facilities?${new URLSearchParams(params)}`,
  },
  {
    title: "HTML pages",
    trivial: { label: "trivial: /facilities/{slug}", paths: keys.map((key) => `/facilities/${key.slug}`) },
    path: (params: Record<string, string>) => `/facilities?${new URLSearchParams(params)}`,
  },
];

try {
  for (const suite of suites) {
    const routes = [suite.trivial, ...queries.map((query) => ({ label: query.label, paths: query.params.map(suite.path) }))];
    // A short warm-up, so the first measured route does not pay for cold caches.
    await runLoad({ label: "warm-up", baseUrl: app.baseUrl, paths: routes.flatMap((route) => route.paths), connections: 4, seconds: 3 });
    const results: LoadResult[] = [];
    for (const route of routes) {
      results.push(await runLoad({ ...route, baseUrl: app.baseUrl, connections: CONNECTIONS, seconds: SECONDS }));
    }
    console.log(`\n${suite.title}: ${FACILITIES.toLocaleString("en-US")} facilities, ${CONNECTIONS} connections, ${SECONDS} s per route\n`);
    printTable(results, results[0]!);
  }
} finally {
  await app.stop();
  await database.stop();
}
