// `npm run build:server` (after `next build`): bundles scripts/standalone-server.mts, with the
// libraries it needs that Next.js's standalone output does not carry, next to that output's
// server.js. Next.js, pino and pg stay outside: the standalone output has them, and Next.js's own
// bundles must share them.
import path from "node:path";
import { build } from "esbuild";
import { root } from "./lib/paths";

export const STANDALONE_SERVER = path.join(root, ".next", "standalone", "scanaware-server.mjs");

export async function buildStandaloneServer(): Promise<void> {
  await build({
    entryPoints: [path.join(root, "scripts", "standalone-server.mts")],
    outfile: STANDALONE_SERVER,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["next", "next/*", "pino", "pg"],
    // Bundled CommonJS libraries call require(); an ES module has none of its own.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: "warning",
  });
}

if (process.argv[1] === import.meta.filename) await buildStandaloneServer();
