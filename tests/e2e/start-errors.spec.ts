import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";

// `npm start` refuses to run with a bad configuration or an unreachable database, and says why
// without printing secrets.
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.mts"], {
    env: { ...process.env, PORT: "3431", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test("a bad setting stops the start with the variable named and what it expects", () => {
  const { status, output } = start({ DATABASE_URL: "postgresql://app:s3cret@127.0.0.1:1/scanaware", PORT: "http" });
  expect(status).toBe(1);
  expect(output).toContain("PORT is invalid: expected a whole number from 1 to 65535");
  expect(output).not.toContain("s3cret");
});

test("an unreachable database stops the start with a plain message", () => {
  const { status, output } = start({ DATABASE_URL: "postgresql://app:s3cret@127.0.0.1:1/scanaware" });
  expect(status).toBe(1);
  expect(output).toContain("Cannot reach PostgreSQL at 127.0.0.1:1");
  expect(output).not.toContain("s3cret");
});

test("a malformed DATABASE_URL is named", () => {
  const { status, output } = start({ DATABASE_URL: "mysql://app:s3cret@db/scanaware" });
  expect(status).toBe(1);
  expect(output).toContain("DATABASE_URL is invalid: expected a postgresql:// URL");
  expect(output).not.toContain("s3cret");
});
