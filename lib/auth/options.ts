import "server-only";
import type { AuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { recordSsoSignIn } from "@/lib/accounts/data";
import { env } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "./cookie";

interface OidcProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** The hospital's OpenID Connect provider, when OIDC_ISSUER and its client are configured. */
export function ssoProvider(): OAuthConfig<OidcProfile> | null {
  const config = env();
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return null;
  return {
    id: "oidc",
    name: config.OIDC_NAME,
    type: "oauth",
    wellKnown: `${config.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile: (profile) => ({ id: profile.sub, email: profile.email ?? null, name: profile.name ?? profile.email ?? null }),
  };
}

/**
 * next-auth carries the session in an encrypted JWT cookie. Passwords are checked by our own
 * sign-in (lib/accounts/data.ts: rate limits, audit, errors next to the field) which writes the
 * same cookie; next-auth runs the single sign-on dance. The token names our user id and when the
 * session began, which lib/auth/session.ts checks against the account's last password change.
 */
export function authOptions(): AuthOptions {
  const config = env();
  // next-auth v4 builds its callback URLs from NEXTAUTH_URL: the same public address as email links.
  process.env.NEXTAUTH_URL ??= config.APP_URL;
  const cookie = sessionCookie();
  const sso = ssoProvider();
  return {
    secret: config.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    providers: sso ? [sso] : [],
    useSecureCookies: cookie.options.secure,
    cookies: { sessionToken: cookie },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    callbacks: {
      // Only an address the provider has verified may open (or be linked to) an account.
      signIn: ({ profile }) => Boolean((profile as OidcProfile | undefined)?.email && (profile as OidcProfile).email_verified === true),
      async jwt({ token, account, profile }) {
        if (account?.provider === "oidc" && profile) {
          const user = await recordSsoSignIn((profile as OidcProfile).email!, (profile as OidcProfile).name ?? "");
          return { sub: user.id, authTime: Date.now() };
        }
        return token;
      },
      session: ({ session, token }) => ({ ...session, userId: token.sub, authTime: token.authTime }),
    },
  };
}
