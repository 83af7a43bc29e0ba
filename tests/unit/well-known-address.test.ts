import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { EnvError, envSchema, parseEnv } from "@/lib/env";
import { wellKnownUrl } from "@/lib/disclosures/well-known";
import { FieldError } from "@/lib/errors";
import { isPublicAddress, PrivateAddressError, publicLookup } from "@/lib/security/public-address";

describe("which addresses ScanAware fetches from", () => {
  it.each([
    ["8.8.8.8", "IPv4 on the internet"],
    ["93.184.215.14", "IPv4 on the internet"],
    ["2606:4700:4700::1111", "IPv6 global unicast"],
    ["::ffff:8.8.8.8", "IPv4-mapped public IPv4"],
  ])("allows %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.5.4", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local: cloud metadata"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["224.0.0.1", "multicast"],
    ["192.0.2.10", "documentation"],
    ["198.18.0.1", "benchmarking"],
    ["240.0.0.1", "reserved"],
    ["::1", "IPv6 loopback"],
    ["::", "IPv6 unspecified"],
    ["fe80::1", "IPv6 link-local"],
    ["fe80::1%eth0", "IPv6 link-local with a zone"],
    ["fc00::1", "unique-local"],
    ["fd12:3456::1", "unique-local"],
    ["ff02::1", "IPv6 multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
    ["::ffff:169.254.169.254", "IPv4-mapped link-local"],
    ["::7f00:1", "IPv4-compatible loopback"],
    ["64:ff9b::a00:1", "NAT64 of a private address"],
    ["2002:7f00:1::", "6to4 of loopback"],
    ["2001:db8::1", "documentation"],
    ["fec0::1", "deprecated site-local"],
    ["not an address", "not an address"],
    ["", "nothing"],
  ])("refuses %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});

describe("the lookup the fetch connects through", () => {
  const lookup = promisify((hostname: string, all: boolean, callback: (error: Error | null, result?: unknown) => void) =>
    publicLookup(hostname, { all }, (error, address) => callback(error, address)),
  );

  it.each([true, false])("refuses a name that resolves to loopback (all addresses: %s)", async (all) => {
    const error = await lookup("localhost", all).catch((refused: unknown) => refused);
    expect(error).toBeInstanceOf(PrivateAddressError);
    expect((error as PrivateAddressError).message).toMatch(
      /^localhost resolves to (127\.0\.0\.1|::1), which is not a public internet address$/,
    );
  });
});

describe("where a facility's disclosure is looked for", () => {
  it("is its site's host, over https, at the well-known path", () => {
    expect(wellKnownUrl("https://www.lakeside.example/about", []).href).toBe("https://www.lakeside.example/.well-known/ai-disclosure.json");
    expect(wellKnownUrl("http://lakeside.example:8080/", []).href).toBe("https://lakeside.example:8080/.well-known/ai-disclosure.json");
  });

  it("keeps plain http only for an origin listed for tests", () => {
    expect(wellKnownUrl("http://127.0.0.1:4100/site", ["http://127.0.0.1:4100"]).href).toBe(
      "http://127.0.0.1:4100/.well-known/ai-disclosure.json",
    );
  });

  it.each(["lakeside.example", "ftp://lakeside.example/"])("refuses a website on record that is not a web address: %s", (website) => {
    expect(() => wellKnownUrl(website, [])).toThrow(FieldError);
  });
});

describe("WELL_KNOWN_TEST_ORIGINS", () => {
  const minimal = { DATABASE_URL: "postgresql://app@db.internal:5432/scanaware", AUTH_SECRET: "a".repeat(32) };

  it("is empty unless set, and a comma-separated list of origins", () => {
    expect(parseEnv(envSchema, minimal).WELL_KNOWN_TEST_ORIGINS).toEqual([]);
    expect(
      parseEnv(envSchema, { ...minimal, WELL_KNOWN_TEST_ORIGINS: "http://127.0.0.1:4100, https://localhost:8443" }).WELL_KNOWN_TEST_ORIGINS,
    ).toEqual(["http://127.0.0.1:4100", "https://localhost:8443"]);
  });

  it.each(["127.0.0.1:4100", "http://127.0.0.1:4100/path", "http://127.0.0.1:4100/", "file:///etc"])(
    "refuses %s, which is not an origin",
    (value) => {
      expect(() => parseEnv(envSchema, { ...minimal, WELL_KNOWN_TEST_ORIGINS: value })).toThrow(EnvError);
    },
  );
});
