import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/logger";

describe("logger", () => {
  it("writes JSON lines with secrets redacted, at the top level and one level down", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger(sink);
    logger.info({ password: "hunter2", user: { token: "abc123", email: "a@example.org" }, reqId: "r-1" }, "signed in");

    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ msg: "signed in", reqId: "r-1", service: "scanaware", password: "[redacted]" });
    expect(entry.user).toEqual({ token: "[redacted]", email: "a@example.org" });
    expect(lines[0]).not.toMatch(/hunter2|abc123/);
  });
});
