import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { consume } from "@/lib/rate-limits/data";
import { RATE_LIMITS } from "@/lib/rate-limits/policies";
import { CLIENT_IP_HEADER, OWN_SERVER_FLAG } from "@/lib/security/client-ip";
import { proxy } from "@/proxy";

const post = (path: string, ip: string) =>
  new NextRequest(`http://scanaware.test${path}`, {
    method: "POST",
    headers: { host: "scanaware.test", origin: "http://scanaware.test", [CLIENT_IP_HEADER]: ip },
  });

// As under `npm start`, whose server sets the client address header.
process.env[OWN_SERVER_FLAG] = "1";

describe("forms past their per-address limit", () => {
  it("answer 429 with Retry-After before any page runs, for that address only", async () => {
    for (let attempt = 0; attempt < RATE_LIMITS.signInPerIp.points; attempt++) {
      await consume("signInPerIp", "203.0.113.7").catch(() => {});
    }
    const refused = await proxy(post("/sign-in", "203.0.113.7"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("Retry-After"))).toBeLessThanOrEqual(RATE_LIMITS.signInPerIp.duration);
    expect(await refused.text()).toContain("Too many attempts");

    // Another address, and another form from the same address, go through to the page.
    expect((await proxy(post("/sign-in", "203.0.113.8"))).status).toBe(200);
    expect((await proxy(post("/sign-up", "203.0.113.7"))).status).toBe(200);
  });

  it("answer 403 to a post from another site, before counting anything", async () => {
    const forged = new NextRequest("http://scanaware.test/sign-in", {
      method: "POST",
      headers: { host: "scanaware.test", origin: "https://evil.example", [CLIENT_IP_HEADER]: "203.0.113.9" },
    });
    expect((await proxy(forged)).status).toBe(403);
  });
});
