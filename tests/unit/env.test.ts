import { describe, expect, it } from "vitest";
import { EnvError, envSchema, parseEnv, startEnvSchema } from "@/lib/env";

const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  throw new Error("expected an EnvError");
};

const SECRET = "a".repeat(32);
const minimal = { DATABASE_URL: "postgresql://app@db.internal:5432/scanaware", AUTH_SECRET: SECRET };

describe("configuration", () => {
  it("applies defaults to a minimal configuration", () => {
    const config = parseEnv(envSchema, minimal);
    expect(config).toMatchObject({ DATABASE_POOL_MAX: 10, DATABASE_CONNECT_TIMEOUT_MS: 5000, LOG_LEVEL: "info", TRUST_PROXY: false });
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.OIDC_ISSUER).toBeUndefined();
  });

  it("names a missing DATABASE_URL and AUTH_SECRET and says what is expected", () => {
    expect(problemsOf(() => parseEnv(envSchema, {}))).toEqual([
      expect.stringMatching(/^DATABASE_URL is not set: expected a postgresql:\/\/ URL/),
      expect.stringMatching(/^AUTH_SECRET is not set: expected a random string of at least 32 characters/),
    ]);
  });

  it("refuses a short session secret without echoing it", () => {
    const problems = problemsOf(() => parseEnv(envSchema, { ...minimal, AUTH_SECRET: "hunter2" }));
    expect(problems).toEqual([expect.stringMatching(/^AUTH_SECRET is invalid: expected a random string/)]);
    expect(problems.join("\n")).not.toContain("hunter2");
  });

  it("turns single sign-on on only with an issuer, a client id and a secret", () => {
    expect(problemsOf(() => parseEnv(envSchema, { ...minimal, OIDC_ISSUER: "https://sso.example.org" }))).toEqual([
      "OIDC_CLIENT_ID is not set: OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are needed with OIDC_ISSUER",
    ]);
    const config = parseEnv(envSchema, {
      ...minimal,
      OIDC_ISSUER: "https://sso.example.org",
      OIDC_CLIENT_ID: "scanaware",
      OIDC_CLIENT_SECRET: "s",
    });
    expect(config.OIDC_NAME).toBe("hospital single sign-on");
  });

  it("reads SMTP settings as a URL", () => {
    expect(problemsOf(() => parseEnv(envSchema, { ...minimal, SMTP_URL: "mail.example.org" }))).toEqual([
      expect.stringMatching(/^SMTP_URL is invalid: expected smtp:\/\//),
    ]);
    expect(parseEnv(envSchema, { ...minimal, SMTP_URL: "smtp://127.0.0.1:2525" }).SMTP_URL).toBe("smtp://127.0.0.1:2525");
  });

  it("lists every invalid variable at once without echoing secret values", () => {
    const problems = problemsOf(() =>
      parseEnv(envSchema, { AUTH_SECRET: SECRET, DATABASE_URL: "mysql://root:hunter2@x/y", DATABASE_POOL_MAX: "0", LOG_LEVEL: "loud" }),
    );
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).not.toContain("hunter2");
    expect(problems).toContainEqual("DATABASE_POOL_MAX is invalid: expected a whole number from 1 to 200");
    expect(problems).toContainEqual(expect.stringMatching(/^LOG_LEVEL is invalid: expected one of/));
  });

  it("refuses a port that is not a whole number in range", () => {
    expect(problemsOf(() => parseEnv(startEnvSchema, { PORT: "80.5" }))).toEqual([
      "PORT is invalid: expected a whole number from 1 to 65535",
    ]);
    expect(parseEnv(startEnvSchema, { PORT: "8080" }).PORT).toBe(8080);
  });

  it("keeps patient pages 30 s in at most 64 MB unless told otherwise; 0 s turns the page cache off", () => {
    expect(parseEnv(startEnvSchema, {})).toMatchObject({ PAGE_CACHE_SECONDS: 30, PAGE_CACHE_MB: 64 });
    expect(parseEnv(startEnvSchema, { PAGE_CACHE_SECONDS: "0" }).PAGE_CACHE_SECONDS).toBe(0);
    expect(problemsOf(() => parseEnv(startEnvSchema, { PAGE_CACHE_SECONDS: "-1", PAGE_CACHE_MB: "0" }))).toEqual([
      "PAGE_CACHE_SECONDS is invalid: expected a whole number from 0 to 3600",
      "PAGE_CACHE_MB is invalid: expected a whole number from 1 to 16384",
    ]);
  });
});
