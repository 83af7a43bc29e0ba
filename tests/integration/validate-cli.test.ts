import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleDisclosure } from "@/lib/disclosures/sample";

// `npm run validate` as a person runs it: a separate process, with no database and no AUTH_SECRET.
const root = path.resolve(import.meta.dirname, "..", "..");
const { DATABASE_URL: _database, AUTH_SECRET: _secret, ...bareEnv } = process.env;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "scanaware-validate-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: unknown): Promise<string> {
  const where = path.join(dir, name);
  await writeFile(where, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return where;
}

function validate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "scripts/validate.mts", ...args], { cwd: root, env: bareEnv }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe("npm run validate", () => {
  it("says a valid file is valid and exits 0", async () => {
    const sample = await file("sample.json", sampleDisclosure);
    const { code, stdout } = await validate(sample);
    expect(stdout).toContain(`${sample}: valid`);
    expect(stdout).toContain("1 file: 1 valid");
    expect(code).toBe(0);
  });

  it("lists all 5 problems of a file with 5 different errors, and exits 1", async () => {
    const content = structuredClone(sampleDisclosure) as unknown as {
      practices: { usesAi: unknown; optOut: { formUrl: unknown } };
      aiTools: Record<string, unknown>[];
      breaches: Record<string, unknown>[];
    };
    content.practices.usesAi = { state: "maybe" };
    content.practices.optOut.formUrl = { state: "answered", value: "ftp://www.example.org/opt-out" };
    delete content.aiTools[0]!.vendor;
    content.aiTools[1]!.fdaNumber = { state: "answered", value: "510k-123" };
    content.breaches[0]!.breachDate = { state: "answered", value: "2022-02-30" };
    const broken = await file("five-problems.json", content);
    const sample = await file("sample.json", sampleDisclosure);

    const { code, stdout } = await validate(sample, broken);
    const problems = stdout.split("\n").filter((line) => line.startsWith(`${broken}: `));
    expect(problems.map((line) => line.split(": ")[1]).sort()).toEqual([
      "aiTools.0.vendor",
      "aiTools.1.fdaNumber.value",
      "breaches.0.breachDate.value",
      "practices.optOut.formUrl.value",
      "practices.usesAi.state",
    ]);
    expect(stdout).toContain(`${broken}: aiTools.1.fdaNumber.value: An FDA number looks like K213456, DEN190040 or P200003.`);
    expect(stdout).toContain("2 files: 1 valid, 1 with 5 problems");
    expect(code).toBe(1);
  });

  it("says where a file stops being JSON, and exits 1", async () => {
    const malformed = await file("malformed.json", '{\n  "schemaVersion": "1.0",\n}\n');
    const { code, stdout } = await validate(malformed);
    expect(stdout).toContain(`${malformed}: not valid JSON at line 3, column 1`);
    expect(stdout).toContain("1 file: 0 valid, 1 not valid JSON");
    expect(code).toBe(1);
  });

  it("names a problem with the whole document as (root)", async () => {
    const { code, stdout } = await validate(await file("list.json", [sampleDisclosure]));
    expect(stdout).toMatch(/list\.json: \(root\): .*expected object/);
    expect(code).toBe(1);
  });

  it("shows how to use it, and exits 2, without a file or with one it cannot read", async () => {
    const none = await validate();
    expect(none.stderr).toContain("Usage: npm run validate -- my-disclosure.json");
    expect(none.code).toBe(2);

    const missing = await validate(path.join(dir, "missing.json"));
    expect(missing.stderr).toMatch(/missing\.json: cannot be read: ENOENT/);
    expect(missing.code).toBe(2);
  });
});
