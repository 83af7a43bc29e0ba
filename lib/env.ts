import { z } from "zod";

const integer = (min: number, max: number, fallback: number) => {
  const expected = { error: `expected a whole number from ${min} to ${max}` };
  return z.coerce.number(expected).int(expected).min(min, expected).max(max, expected).default(fallback);
};

const optionalText = z.string().trim().min(1).optional().catch(undefined);

const isOrigin = (value: string) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol) && new URL(value).origin === value;

/** Comma-separated origins such as http://127.0.0.1:4100, exactly as `URL.origin` writes them. */
const originList = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().refine(isOrigin, { error: "expected origins such as http://127.0.0.1:4100, separated by commas" })));

/** What the app needs to serve requests. */
export const envSchema = z
  .object({
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
    /** Encrypts session cookies. `npm start` makes one in .data/ when unset. */
    AUTH_SECRET: z
      .string({ error: "expected a random string of at least 32 characters, e.g. from `openssl rand -base64 32`" })
      .min(32, { error: "expected a random string of at least 32 characters, e.g. from `openssl rand -base64 32`" }),
    /** The address people use; links in emails point here, and https here makes cookies Secure. */
    APP_URL: z
      .url({ protocol: /^https?$/, error: "expected the site's address, e.g. https://scanaware.example.org" })
      .default("http://localhost:3000"),
    // Empty counts as unset, as docker-compose passes `${SMTP_URL:-}`.
    SMTP_URL: z.preprocess(
      (value) => value || undefined,
      z
        .string()
        .regex(/^smtps?:\/\/[^/]+/, { error: "expected smtp://user:password@host:587 or smtps://user:password@host:465" })
        .optional(),
    ),
    MAIL_FROM: z
      .string()
      .min(3, { error: "expected a sender such as ScanAware <no-reply@example.org>" })
      .default("ScanAware <no-reply@localhost>"),
    OIDC_ISSUER: z.url({ error: "expected the provider's issuer URL, e.g. https://sso.hospital.example/realms/staff" }).optional(),
    OIDC_CLIENT_ID: optionalText,
    OIDC_CLIENT_SECRET: optionalText,
    OIDC_NAME: z.string().min(1).default("hospital single sign-on"),
    /** Requests per minute one address may make to the public API (/api/v1); 0 turns the limit off. */
    API_RATE_LIMIT_PER_MINUTE: integer(0, 1_000_000, 600),
    /** Behind a reverse proxy: take the client's address from X-Forwarded-For (rate limits, audit log). */
    TRUST_PROXY: z.stringbool({ error: "expected true or false" }).default(false),
    /**
     * Tests only: origins whose .well-known disclosure may be fetched although they are plain http
     * or a private address (a local test server). Never set in production: it opens those origins
     * to server-side requests.
     */
    WELL_KNOWN_TEST_ORIGINS: originList,
  })
  .refine((config) => !config.OIDC_ISSUER || (config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET), {
    path: ["OIDC_CLIENT_ID"],
    error: "OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are needed with OIDC_ISSUER",
  });

/** What `npm start` needs on top: where to listen and where the embedded PostgreSQL keeps data. */
export const startEnvSchema = z.object({
  PORT: integer(1, 65_535, 3000),
  HOST: z.string().min(1, { error: "expected a host name or address to listen on" }).optional(),
  EMBEDDED_POSTGRES_DIR: z.string().min(1, { error: "expected a directory path" }).default(".data/postgres"),
  SHUTDOWN_TIMEOUT_MS: integer(0, 120_000, 10_000),
  /** How long an anonymous visitor's patient page may be served from memory; 0 turns it off. */
  PAGE_CACHE_SECONDS: integer(0, 3_600, 30),
  /** The most memory the page cache may use. */
  PAGE_CACHE_MB: integer(1, 16_384, 64),
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
