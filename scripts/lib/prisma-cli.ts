import { createRequire } from "node:module";
import path from "node:path";
import { runNode } from "./child";
import { root } from "./paths";

const require = createRequire(import.meta.url);

/** Runs the Prisma CLI against `databaseUrl`, with its lingering WebAssembly timer unref'd. */
export function runPrisma(args: string[], databaseUrl: string, stdio: "inherit" | "pipe" = "inherit"): Promise<string> {
  const preload = path.join(root, "prisma", "unref-timers.cjs");
  return runNode(`prisma ${args.join(" ")}`, [require.resolve("prisma/build/index.js"), ...args], {
    capture: stdio === "pipe",
    env: {
      DATABASE_URL: databaseUrl,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${preload}`.trim(),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
}
