import { describe, expect, it, vi } from "vitest";
import { memoizeFor } from "@/lib/memo";

describe("memoizeFor", () => {
  it("computes once per period, shared by concurrent callers", async () => {
    vi.useFakeTimers();
    let calls = 0;
    const count = memoizeFor(5_000, async () => ++calls);
    expect(await Promise.all([count(), count(), count()])).toEqual([1, 1, 1]);
    vi.advanceTimersByTime(5_001);
    expect(await count()).toBe(2);
    vi.useRealTimers();
  });

  it("does not remember a failure", async () => {
    let fail = true;
    const value = memoizeFor(60_000, async () => {
      if (fail) throw new Error("database away");
      return 42;
    });
    await expect(value()).rejects.toThrow("database away");
    fail = false;
    expect(await value()).toBe(42);
  });
});
