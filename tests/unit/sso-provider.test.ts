import { afterEach, describe, expect, it, vi } from "vitest";
import { authOptions, ssoProvider } from "@/lib/auth/options";

const base = { DATABASE_URL: "postgresql://app@db/scanaware", AUTH_SECRET: "s".repeat(32) };

describe("single sign-on", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is off when no provider is configured", () => {
    for (const [key, value] of Object.entries(base)) vi.stubEnv(key, value);
    expect(ssoProvider()).toBeNull();
    expect(authOptions().providers).toEqual([]);
  });

  it("uses the provider's discovery document, PKCE, state and nonce when configured", () => {
    for (const [key, value] of Object.entries({
      ...base,
      OIDC_ISSUER: "https://sso.hospital.example/realms/staff/",
      OIDC_CLIENT_ID: "scanaware",
      OIDC_CLIENT_SECRET: "secret",
      OIDC_NAME: "St. Mary's staff login",
    })) {
      vi.stubEnv(key, value);
    }
    const provider = ssoProvider()!;
    expect(provider).toMatchObject({
      id: "oidc",
      name: "St. Mary's staff login",
      wellKnown: "https://sso.hospital.example/realms/staff/.well-known/openid-configuration",
      checks: ["pkce", "state", "nonce"],
    });
    expect(authOptions().providers).toHaveLength(1);
  });

  it("shares one HttpOnly, SameSite=Lax session cookie, Secure (and __Secure-) behind https", () => {
    for (const [key, value] of Object.entries({ ...base, APP_URL: "https://scanaware.example.org" })) vi.stubEnv(key, value);
    const cookie = authOptions().cookies!.sessionToken!;
    expect(cookie.name).toBe("__Secure-scanaware.session");
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true });
  });
});
