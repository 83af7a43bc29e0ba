// `npm run bench:lighthouse`: Lighthouse 12 (all four categories) on the patient reading pages of
// the production build, seeded with the real CMS list and the sample disclosures, in Debian's
// Chromium. BENCH_PRESET: mobile (Lighthouse's default: a mid-range phone on slow 4G, 4× CPU
// slowdown), desktop, or both (default). Prints the scores, the gzip bytes of JavaScript the
// first load fetched, and LCP/TBT/CLS per page; then every audit that lost points.
import { spawnApp, waitUntilReady } from "@/tests/support/app-process";
import { createTestDatabase, dropTestDatabase, ensureTemplate, startTestServer } from "@/tests/support/test-database";
import { auditPage, launchChromium, printAudits, type PageAudit, type Preset } from "./lib/lighthouse";

const DATABASE = "scanaware_bench_lighthouse";
const presets: Preset[] =
  process.env.BENCH_PRESET === "mobile" || process.env.BENCH_PRESET === "desktop" ? [process.env.BENCH_PRESET] : ["mobile", "desktop"];
const disclosed = "sample-lakeside-open-mri";
const undisclosed = "southeast-health-medical-center-dothan-al";

const server = await startTestServer();
const url = await createTestDatabase(server.adminUrl, await ensureTemplate(server.adminUrl), DATABASE);
// An empty database: the start script seeds it and builds when the sources changed, as a first
// `npm start` does, which can take many minutes on a busy machine.
const app = spawnApp(Number(process.env.BENCH_PORT ?? 3990), { DATABASE_URL: url, LOG_LEVEL: "warn" });

const pages = [
  { label: "search (36301, 25 mi)", path: "/facilities?near=36301&radius=25" },
  { label: "facility, sample disclosure", path: `/facilities/${disclosed}` },
  { label: "facility, no disclosure", path: `/facilities/${undisclosed}` },
  { label: "compare (2 facilities)", path: `/compare?f=${disclosed}&f=${undisclosed}` },
  { label: "facility in Spanish", path: `/es/facilities/${disclosed}` },
  { label: "statistics", path: "/stats" },
];

const chrome = await launchChromium();
try {
  await waitUntilReady(app, 20 * 60_000);
  const present = [];
  for (const page of pages) {
    const status = (await fetch(app.baseUrl + page.path)).status;
    if (status === 200) present.push(page);
    else console.log(`Skipped ${page.label}: ${page.path} answered ${status}.`);
  }
  for (const preset of presets) {
    const audits: PageAudit[] = [];
    for (const page of present) audits.push(await auditPage(chrome, page.label, app.baseUrl + page.path, preset));
    console.log(`\nLighthouse ${preset}\n`);
    printAudits(audits);
  }
} finally {
  chrome.kill();
  await app.stop();
  await dropTestDatabase(server.adminUrl, DATABASE);
  await server.stop();
}
