import http from "node:http";
import Provider from "oidc-provider";

/** The hospital single sign-on the e2e server is configured with (playwright.config.ts). */
export const E2E_OIDC = {
  port: 3126,
  issuer: "http://127.0.0.1:3126",
  clientId: "scanaware-e2e",
  clientSecret: "e2e-oidc-client-secret",
  name: "Hospital SSO",
};

/**
 * A real OpenID Connect provider (panva's certified oidc-provider) with its development login
 * page: any login is accepted, and the login typed becomes the account's email address.
 */
export async function startOidcProvider(appUrl: string): Promise<() => Promise<void>> {
  const provider = new Provider(E2E_OIDC.issuer, {
    clients: [
      {
        client_id: E2E_OIDC.clientId,
        client_secret: E2E_OIDC.clientSecret,
        redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: false,
    findAccount: (_context, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id.toLowerCase(), email_verified: true, name: "Sasha Single-Sign-On" }),
    }),
    features: { devInteractions: { enabled: true } },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
  });
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(E2E_OIDC.port, "127.0.0.1", resolve);
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
