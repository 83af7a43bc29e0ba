import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { runNode } from "./child";
import { root } from "./paths";

// What a production build is made from. A build stamped with the hash of these is current;
// anything else (no build, a pulled change, an edited file) means `next build` first.
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-node.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const IGNORED = new Set(["generated"]);
const STAMP = path.join(root, ".next", "scanaware-build-inputs");

function hashInputs(): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    const absolute = path.join(root, relative);
    if (!fs.existsSync(absolute)) return;
    if (fs.statSync(absolute).isDirectory()) {
      for (const entry of fs.readdirSync(absolute).sort()) {
        if (!IGNORED.has(entry)) visit(path.join(relative, entry));
      }
      return;
    }
    hash.update(relative).update("\0").update(fs.readFileSync(absolute)).update("\0");
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}

export async function buildIfStale(log: (message: string) => void): Promise<void> {
  const inputs = hashInputs();
  if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === inputs) return;
  log("Building the app (first start, or the sources changed)…");
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  await runNode("next build", [next, "build"], { env: { NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(STAMP, inputs);
}
