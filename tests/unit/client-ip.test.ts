import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIp } from "@/lib/security/client-ip";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("the client's address", () => {
  it("is the socket's, as our own server reports it, whatever the client claims", () => {
    const sent = headers({ [CLIENT_IP_HEADER]: "192.0.2.1", "x-forwarded-for": "198.51.100.9" });
    expect(clientIp(sent, false, true)).toBe("192.0.2.1");
  });

  it("ignores the header where our server did not set it (the Docker image), using what Next.js filled in", () => {
    expect(clientIp(headers({ [CLIENT_IP_HEADER]: "192.0.2.1", "x-forwarded-for": "203.0.113.5" }), false, false)).toBe("203.0.113.5");
    expect(clientIp(headers({ [CLIENT_IP_HEADER]: "192.0.2.1" }), false, false)).toBe("unknown");
  });

  it("behind a trusted proxy, is the entry the proxy added, not those the client sent before it", () => {
    expect(clientIp(headers({ "x-forwarded-for": "10.0.0.1, 198.51.100.9" }), true, true)).toBe("198.51.100.9");
  });
});
