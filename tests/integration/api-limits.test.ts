import { NextRequest } from "next/server";
import { expect, it } from "vitest";
import { GET as search } from "@/app/api/v1/facilities/route";
import { CLIENT_IP_HEADER, OWN_SERVER_FLAG } from "@/lib/security/client-ip";
import { proxy } from "@/proxy";

// As under `npm start`, whose server sets the client address header; a small limit to reach.
process.env[OWN_SERVER_FLAG] = "1";
process.env.API_RATE_LIMIT_PER_MINUTE = "3";

const from = (ip: string) => search(new Request("http://scanaware.test/api/v1/facilities?q=x", { headers: { [CLIENT_IP_HEADER]: ip } }));

it("answers 429 with Retry-After to an address past its limit, and only to that address", async () => {
  for (let request = 0; request < 3; request++) {
    const response = await from("198.51.100.1");
    expect(response.status).toBe(200);
    expect(response.headers.get("RateLimit-Remaining")).toBe(String(2 - request));
  }
  const refused = await from("198.51.100.1");
  expect(refused.status).toBe(429);
  expect(refused.headers.get("content-type")).toBe("application/problem+json");
  expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
  expect(Number(refused.headers.get("Retry-After"))).toBeLessThanOrEqual(60);
  expect(refused.headers.get("access-control-allow-origin")).toBe("*");
  expect((await from("198.51.100.2")).status).toBe(200);
});

it("lets any site read the API with conditional requests (preflight)", async () => {
  const preflight = await proxy(
    new NextRequest("http://scanaware.test/api/v1/facilities/x", {
      method: "OPTIONS",
      headers: { origin: "https://researcher.example", "access-control-request-headers": "if-none-match" },
    }),
  );
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
  expect(preflight.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
});
