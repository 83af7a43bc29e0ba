import { createHash } from "node:crypto";

// HTTP caching and cross-origin reads for the public API: every answer names its version
// (ETag) and, where the data says, its last change (Last-Modified), so clients and caches can ask
// "has it changed?" and get a 304 instead of the body.

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Link, Retry-After, RateLimit-Limit, RateLimit-Remaining, X-Request-Id",
} as const;

/** The preflight answer: any site may read the API, with conditional requests. */
export const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
  "Access-Control-Max-Age": "86400",
} as const;

export const PUBLIC_CACHE = "public, max-age=60";

export interface CacheOptions {
  /** When the data behind the answer last changed; HTTP dates have whole seconds. */
  lastModified?: Date | null;
  cacheControl?: string;
  headers?: Record<string, string>;
}

const etagOf = (body: string) => `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

function matchesEtag(header: string, etag: string): boolean {
  const weak = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || weak(tag) === weak(etag));
}

function notModifiedSince(header: string | null, lastModified: Date | null | undefined): boolean {
  if (!header || !lastModified) return false;
  const since = Date.parse(header);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** A JSON answer with ETag and Last-Modified, or 304 when the client already holds it. */
export function cachedJson(request: Request, data: unknown, options: CacheOptions = {}): Response {
  const body = JSON.stringify(data);
  const etag = etagOf(body);
  const headers: Record<string, string> = {
    ETag: etag,
    "Cache-Control": options.cacheControl ?? PUBLIC_CACHE,
    ...(options.lastModified ? { "Last-Modified": options.lastModified.toUTCString() } : {}),
    ...options.headers,
  };
  // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110, 13.2.2).
  const ifNoneMatch = request.headers.get("if-none-match");
  const fresh = ifNoneMatch
    ? matchesEtag(ifNoneMatch, etag)
    : notModifiedSince(request.headers.get("if-modified-since"), options.lastModified);
  if (fresh) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": "application/json" } });
}

/** The newest of some dates, or null when there are none. */
export function newest(dates: (Date | null | undefined)[]): Date | null {
  const times = dates.filter((date): date is Date => Boolean(date)).map((date) => date.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}
