import { NextResponse, type NextRequest } from "next/server";
import { unavailable } from "@/lib/api/handler";
import { PREFLIGHT_HEADERS } from "@/lib/api/http";
import { databaseDown, RETRY_AFTER_SECONDS } from "@/lib/db-health";
import { REQUEST_ID_HEADER, requestId } from "@/lib/request-id";
import { env } from "@/lib/env";
import { CURRENT_PATH_HEADER } from "@/lib/i18n/current-path";
import { routeLocale } from "@/lib/i18n/locale-path";
import { CROSS_SITE_HTML, TOO_MANY_HTML, UNAVAILABLE_HTML } from "@/lib/plain-pages";
import type { RateLimitName } from "@/lib/rate-limits/policies";
import { waitFor } from "@/lib/rate-limits/data";
import { clientIp } from "@/lib/security/client-ip";
import { contentSecurityPolicy, isSameOrigin, newNonce } from "@/lib/security/headers";

// Health checks always reach their handlers: they report the outage themselves.
// next-intl reads the request's language from this header.
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

const HEALTH = new Set(["/api/health", "/api/ready"]);

// Forms whose per-address limit is spent answer 429 here, before any page code runs; the data
// layer counts the attempts and keeps enforcing every limit (this only turns them into a status).
const LIMITED_FORMS: Partial<Record<string, RateLimitName>> = {
  "/sign-in": "signInPerIp",
  "/sign-up": "signUpPerIp",
  "/forgot-password": "resetPerIp",
};

function plain(html: string, status: number, id: string, headers: Record<string, string> = {}): Response {
  const response = new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
  response.headers.set(REQUEST_ID_HEADER, id);
  return response;
}

// Sets each page's Content-Security-Policy with a fresh script nonce. Gives every request an id
// that the app's logs and the response carry (the custom server, scripts/lib/serve.ts, sets one
// first; behind another server it is made here), answers 503 at once while the database is known
// to be away, 403 to posts from other sites and 429 to forms past their limit, and sends each
// patient page to its language (English at the root, Spanish under /es).
function withPath(request: NextRequest, pathname: string) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  return url;
}

export async function proxy(request: NextRequest) {
  const id = requestId(request.headers.get(REQUEST_ID_HEADER));
  if (databaseDown() && !HEALTH.has(request.nextUrl.pathname)) {
    if (!request.nextUrl.pathname.startsWith("/api/"))
      return plain(UNAVAILABLE_HTML, 503, id, { "Retry-After": String(RETRY_AFTER_SECONDS) });
    const response = unavailable();
    response.headers.set(REQUEST_ID_HEADER, id);
    return response;
  }
  if (request.method === "OPTIONS" && request.nextUrl.pathname.startsWith("/api/v1/")) {
    return new Response(null, { status: 204, headers: { ...PREFLIGHT_HEADERS, [REQUEST_ID_HEADER]: id } });
  }
  if (request.method === "POST" && !request.nextUrl.pathname.startsWith("/api/") && !isSameOrigin(request.headers)) {
    // Next.js refuses a cross-site server action with a 500; it is the sender's doing: 403.
    return plain(CROSS_SITE_HTML, 403, id);
  }
  const limit = request.method === "POST" ? LIMITED_FORMS[request.nextUrl.pathname] : undefined;
  if (limit) {
    // If the count cannot be read (the database just went away), the page answers; the data layer
    // enforces the limit either way.
    const seconds = await waitFor(limit, clientIp(request.headers, env().TRUST_PROXY)).catch(() => 0);
    if (seconds) return plain(TOO_MANY_HTML(seconds), 429, id, { "Retry-After": String(seconds) });
  }
  const { pathname, search } = request.nextUrl;
  const route = routeLocale(pathname);
  // Given a loopback address as its host name (HOSTNAME=127.0.0.1), Next.js sends a rewrite back
  // through this proxy over HTTP (vercel/next.js#94745): that second pass, which carries the path
  // header set below, is the rewrite itself, not a visitor's /en address.
  if (route.kind === "redirect") {
    if (request.headers.has(CURRENT_PATH_HEADER)) return NextResponse.next();
    return NextResponse.redirect(new URL(route.path + search, request.url), 308);
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, id);
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  headers.set("Content-Security-Policy", policy);
  // Only the proxy says which language a page is in, never the visitor's own headers.
  headers.delete(LOCALE_HEADER);
  headers.delete(CURRENT_PATH_HEADER);
  let response: NextResponse;
  if (route.kind === "translated") {
    headers.set(LOCALE_HEADER, route.locale);
    headers.set(CURRENT_PATH_HEADER, route.path);
    // English pages live under app/[locale] as "en" but are addressed without the prefix.
    response =
      pathname === route.path
        ? NextResponse.rewrite(withPath(request, `/${route.locale}${route.path === "/" ? "" : route.path}`), { request: { headers } })
        : NextResponse.next({ request: { headers } });
  } else if (route.kind === "unknown") {
    response = NextResponse.rewrite(withPath(request, "/_not-found"), { request: { headers } });
  } else {
    // An address under /es that matches no page gets its "not found" page in Spanish.
    if (route.locale) headers.set(LOCALE_HEADER, route.locale);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set(REQUEST_ID_HEADER, id);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
