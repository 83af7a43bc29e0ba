import { describe, expect, it } from "vitest";
import { requestId } from "@/lib/request-id";

describe("request ids", () => {
  it("keeps a well-formed id from a proxy so logs can be joined", () => {
    expect(requestId("lb-3f2a9c1d0e")).toBe("lb-3f2a9c1d0e");
  });

  it("replaces a missing or hostile id with a fresh UUID", () => {
    for (const incoming of [undefined, "", "short", "a".repeat(65), "id\nwith newline", "<script>"]) {
      expect(requestId(incoming)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
