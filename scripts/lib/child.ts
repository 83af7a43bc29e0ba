import { spawn, type ChildProcess } from "node:child_process";
import { root } from "./paths";

const running = new Set<ChildProcess>();

/**
 * Runs `node <args>` in the project, in a process group of its own: Ctrl-C in a terminal then
 * reaches only the start script, which lets a migration, seed or build finish instead of cutting
 * it in half. Resolves with what it printed when `capture` is set.
 */
export function runNode(label: string, args: string[], options: { env?: Record<string, string>; capture?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      detached: true,
      stdio: options.capture ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, ...options.env },
    });
    running.add(child);
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      running.delete(child);
      if (code === 0) resolve(output);
      else reject(new Error(`${label} failed (exit ${code})${output ? `\n${output}` : ""}`));
    });
  });
}

/** Ends every child still running, with its own children (a second Ctrl-C: stop now). */
export function killChildren(): void {
  for (const child of running) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }
}
