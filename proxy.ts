import { NextResponse, type NextRequest } from "next/server";
import { unavailable } from "@/lib/api/handler";
import { databaseDown, RETRY_AFTER_SECONDS } from "@/lib/db-health";
import { REQUEST_ID_HEADER, requestId } from "@/lib/request-id";
import { contentSecurityPolicy, isSameOrigin } from "@/lib/security/headers";

import { CROSS_SITE_HTML, UNAVAILABLE_HTML } from "@/lib/plain-pages";

// Health checks always reach their handlers: they report the outage themselves.
const HEALTH = new Set(["/api/health", "/api/ready"]);

// Sets each page's Content-Security-Policy with a fresh script nonce. Gives every request an id that the app's logs and the response carry (the custom server,
// scripts/lib/serve.ts, sets one first; behind another server it is made here), and answers 503
// at once while the database is known to be away.
export function proxy(request: NextRequest) {
  const id = requestId(request.headers.get(REQUEST_ID_HEADER));
  if (databaseDown() && !HEALTH.has(request.nextUrl.pathname)) {
    const response = request.nextUrl.pathname.startsWith("/api/")
      ? unavailable()
      : new Response(UNAVAILABLE_HTML, {
          status: 503,
          headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
        });
    response.headers.set(REQUEST_ID_HEADER, id);
    return response;
  }
  if (request.method === "POST" && !request.nextUrl.pathname.startsWith("/api/") && !isSameOrigin(request.headers)) {
    // Next.js refuses a cross-site server action with a 500; it is the sender's doing: 403.
    const response = new Response(CROSS_SITE_HTML, {
      status: 403,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    });
    response.headers.set(REQUEST_ID_HEADER, id);
    return response;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, id);
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, id);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
