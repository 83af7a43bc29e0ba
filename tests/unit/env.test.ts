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

describe("configuration", () => {
  it("applies defaults to a minimal configuration", () => {
    const config = parseEnv(envSchema, { DATABASE_URL: "postgresql://app@db.internal:5432/scanaware" });
    expect(config).toMatchObject({ DATABASE_POOL_MAX: 10, DATABASE_CONNECT_TIMEOUT_MS: 5000, LOG_LEVEL: "info" });
  });

  it("names a missing DATABASE_URL and says what is expected", () => {
    expect(problemsOf(() => parseEnv(envSchema, {}))).toEqual([
      expect.stringMatching(/^DATABASE_URL is not set: expected a postgresql:\/\/ URL/),
    ]);
  });

  it("lists every invalid variable at once without echoing secret values", () => {
    const problems = problemsOf(() =>
      parseEnv(envSchema, { DATABASE_URL: "mysql://root:hunter2@x/y", DATABASE_POOL_MAX: "0", LOG_LEVEL: "loud" }),
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
});
