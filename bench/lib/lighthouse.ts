import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";

export type Preset = "mobile" | "desktop";

export interface PageAudit {
  label: string;
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  /** Bytes over the wire (gzip) of every script the first load fetched. */
  scriptBytes: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Titles of the audits that lost points, for the categories other than performance. */
  failing: string[];
}

// The machine is offline: nothing in the background may try to reach Google.
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** One Chromium for all the audits; Lighthouse opens a fresh tab (empty cache) for each. */
export async function launchChromium(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
}

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
}

/** One Lighthouse run; a failed trace (NO_NAVSTART and the like, on a busy machine) is retried twice. */
async function runLighthouse(chrome: chromeLauncher.LaunchedChrome, url: string, preset: Preset, attempt = 1) {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: "json", logLevel: "error" },
    preset === "desktop" ? desktopConfig : undefined,
  );
  const error = result ? result.lhr.runtimeError : { code: "NO_RESULT", message: "Lighthouse returned nothing" };
  if (!error) return result!.lhr;
  if (attempt < 3) return runLighthouse(chrome, url, preset, attempt + 1);
  throw new Error(`${url}: ${error.code} ${error.message}`);
}

export async function auditPage(chrome: chromeLauncher.LaunchedChrome, label: string, url: string, preset: Preset): Promise<PageAudit> {
  const { categories, audits } = await runLighthouse(chrome, url, preset);
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const items = ((audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ?? []) as NetworkItem[];
  const failing = ["accessibility", "best-practices", "seo"].flatMap((id) =>
    (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${id}: ${audits[ref.id]!.title}`),
  );
  return {
    label,
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
    },
    scriptBytes: items.filter((item) => item.resourceType === "Script").reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    lcpMs: audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: audits["total-blocking-time"]?.numericValue ?? NaN,
    cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    failing,
  };
}

export function printAudits(audits: PageAudit[]) {
  const header = ["page", "perf", "a11y", "best pr.", "SEO", "JS KB gz", "LCP ms", "TBT ms", "CLS"];
  const rows = audits.map((a) => [
    a.label,
    String(a.scores.performance),
    String(a.scores.accessibility),
    String(a.scores.bestPractices),
    String(a.scores.seo),
    (a.scriptBytes / 1024).toFixed(1),
    a.lcpMs.toFixed(0),
    a.tbtMs.toFixed(0),
    a.cls.toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  for (const a of audits) for (const title of a.failing) console.log(`  ${a.label} — ${title}`);
}
