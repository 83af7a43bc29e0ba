import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "@/lib/embedded-postgres";
import { root } from "@/scripts/lib/paths";

export interface AppProcess {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  output(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Runs the start script (`npm start`) on loopback. `env` adds to this process's environment; a
 * variable set to undefined is removed (DATABASE_URL: undefined → the embedded PostgreSQL).
 */
export function spawnApp(port: number, env: Record<string, string | undefined> = {}, stdio: "pipe" | "ignore" = "pipe"): AppProcess {
  const merged: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", ...env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete merged[name];
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.mts"], {
    cwd: root,
    env: merged,
    stdio: ["ignore", stdio, stdio],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once("exit", (code) => resolve(code));
        child.kill("SIGTERM");
      }),
  };
}

/** Polls /api/ready until it answers 200; fails with the app's output (and `details()`) otherwise. */
export async function waitUntilReady(app: AppProcess, timeoutMs = 300_000, details: () => string = () => ""): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (app.child.exitCode !== null) throw new Error(`The app exited with ${app.child.exitCode}:\n${app.output()}\n${details()}`);
    const status = await fetch(`${app.baseUrl}/api/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`The app did not become ready:\n${app.output()}\n${details()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts the app as `npm start` does, on `databaseUrl`, and waits until it is ready. */
export async function startApp(databaseUrl: string, port?: number, env: Record<string, string> = {}): Promise<AppProcess> {
  // Benchmarks and fault tests send every request from one address: no per-address API limit.
  const app = spawnApp(port ?? (await freePort()), {
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "warn",
    API_RATE_LIMIT_PER_MINUTE: "0",
    ...env,
  });
  await waitUntilReady(app);
  return app;
}
