import { z } from "zod";

const integer = (min: number, max: number, fallback: number) => {
  const expected = { error: `expected a whole number from ${min} to ${max}` };
  return z.coerce.number(expected).int(expected).min(min, expected).max(max, expected).default(fallback);
};

/** What the app needs to serve requests. */
export const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: "expected a postgresql:// URL, e.g. postgresql://user:password@host:5432/scanaware" })
    .regex(/^postgres(ql)?:\/\/[^/]+\/[^/?]+/, {
      error: "expected a postgresql:// URL with a host and a database name",
    }),
  DATABASE_POOL_MAX: integer(1, 200, 10),
  DATABASE_CONNECT_TIMEOUT_MS: integer(100, 60_000, 5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: integer(100, 600_000, 15_000),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "expected one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
});

/** What `npm start` needs on top: where to listen and where the embedded PostgreSQL keeps data. */
export const startEnvSchema = z.object({
  PORT: integer(1, 65_535, 3000),
  HOST: z.string().min(1, { error: "expected a host name or address to listen on" }).optional(),
  EMBEDDED_POSTGRES_DIR: z.string().min(1, { error: "expected a directory path" }).default(".data/postgres"),
  SHUTDOWN_TIMEOUT_MS: integer(0, 120_000, 10_000),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

type Source = Record<string, string | undefined>;

/** Parses configuration; the error names each variable and what it expects, never its value. */
export function parseEnv<S extends z.ZodType>(schema: S, source: Source = process.env): z.infer<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return source[name] === undefined ? `${name} is not set: ${issue.message}` : `${name} is invalid: ${issue.message}`;
    }),
  );
}

export function env(): Env {
  return parseEnv(envSchema);
}
