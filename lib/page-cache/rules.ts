import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
// Next.js's own test, so that the pages it renders differently for crawlers (metadata in <head>
// rather than streamed) are exactly the ones kept out of the cache.
import { isBot } from "next/dist/shared/lib/router/utils/is-bot.js";
import { routeLocale } from "@/lib/i18n/locale-path";
import { routing } from "@/lib/i18n/routing";
import { REQUEST_ID_HEADER } from "@/lib/request-id";

// Which requests the page cache may answer and which responses it may keep. The rule of thumb:
// only what every anonymous visitor would be sent byte for byte, the script nonce aside.

const MAX_URL_LENGTH = 2_048;
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Request headers that make a response someone's own (a session), a part of a page (a range) or
 * a client-side navigation's data (Next.js's RSC requests) rather than the page every visitor gets. */
const PERSONAL_HEADERS = new Set(["cookie", "authorization", "range", "rsc", "x-scanaware-path", "x-next-intl-locale"]);

/** Headers of one hop of one message, never passed on as they are. */
export const HOP_BY_HOP = [
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "te",
  "upgrade",
  "expect",
  "content-length",
  "date",
];

/** Response headers that belong to one response, not to the page. */
const PER_RESPONSE_HEADERS = new Set([...HOP_BY_HOP, REQUEST_ID_HEADER]);

/** What a patient types (a name, a ZIP code) is never kept, not even for seconds: a page kept
 * under it would tell anyone who asks for the same address that someone searched for it. Visitors
 * asking for the same search at the same moment share its one render, which is then forgotten. */
const TYPED_PARAMETERS = ["q", "near"];

/** Pages never kept for later visitors: the report form carries the moment it was served, which
 * tells a person from a bot that submits at once (visitors asking at the same moment may share). */
const FRESH_PATHS = /\/report$/;

const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;
const BASE = "http://page.invalid";

export interface CachedPage {
  headers: OutgoingHttpHeaders;
  body: string;
  /** The script nonce the page was rendered with; every copy sent gets a fresh one in its place. */
  nonce: string;
  renderedAt: number;
}

export interface PageKey {
  /** The page's address. */
  key: string;
  /** Whether the page may be kept for later visitors, or only shared by those asking at once. */
  keep: boolean;
}

/** The cache key of an anonymous visitor's GET of a patient page, or undefined when the request
 * must reach Next.js (crawlers too: Next.js renders their pages differently). */
export function pageCacheKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): PageKey | undefined {
  if (method !== "GET" || !url?.startsWith("/") || url.startsWith("//") || url.length > MAX_URL_LENGTH) return undefined;
  if (Object.keys(headers).some((name) => PERSONAL_HEADERS.has(name) || name.startsWith("next-"))) return undefined;
  if (isBot(headers["user-agent"] ?? "") || !URL.canParse(url, BASE)) return undefined;
  const { pathname, searchParams } = new URL(url, BASE);
  if (searchParams.has("_rsc") || routeLocale(pathname).kind !== "translated") return undefined;
  return { key: url, keep: !FRESH_PATHS.test(pathname) && !TYPED_PARAMETERS.some((name) => searchParams.get(name)) };
}

/** What the cache keeps of a rendered response, or undefined if it must not be kept: anything but
 * a complete, uncompressed 200 HTML page with a nonce and no cookie. */
export function cacheablePage(status: number, headers: IncomingHttpHeaders, body: Buffer, renderedAt = Date.now()): CachedPage | undefined {
  const nonce = NONCE.exec(String(headers["content-security-policy"] ?? ""))?.[1];
  const html = String(headers["content-type"] ?? "").startsWith("text/html");
  if (status !== 200 || !html || !nonce || headers["set-cookie"] || headers["content-encoding"] || body.length > MAX_BODY_BYTES) {
    return undefined;
  }
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !PER_RESPONSE_HEADERS.has(name)) kept[name] = value;
  return { headers: kept, body: body.toString("utf8"), nonce, renderedAt };
}

/** The page as sent to one visitor: its nonce, in the policy and on every script, is `nonce`
 * (24 random base64 characters: no other text on a page can be taken for it); a copy from memory
 * says how old it is (Age, in seconds). */
export function withNonce(page: CachedPage, nonce: string, now?: number): { headers: OutgoingHttpHeaders; body: string } {
  const headers = Object.fromEntries(
    Object.entries(page.headers).map(([name, value]) => [name, typeof value === "string" ? value.replaceAll(page.nonce, nonce) : value]),
  );
  const age = now === undefined ? {} : { age: String(Math.max(0, Math.floor((now - page.renderedAt) / 1000))) };
  return {
    headers: { ...headers, ...age },
    body: page.body.replaceAll(page.nonce, nonce),
  };
}

/**
 * Whether a response is Next.js's empty error shell, which a page's `notFound()` answers with
 * since Next.js 16.3: the "not found" page is only in the script data, so it stays blank without
 * JavaScript (vercel/next.js#62228). An address that matches no page is rendered in full.
 */
export function isEmptyNotFound(status: number, body: Buffer): boolean {
  return status === 404 && body.subarray(0, 512).includes('<html id="__next_error__"');
}

/** An address that matches no page, in the language of `url`: its "not found" page in full. */
export function notFoundAddress(url: string): string {
  const route = routeLocale(new URL(url, BASE).pathname);
  const locale = route.kind === "translated" && route.locale !== routing.defaultLocale ? route.locale : undefined;
  return `${locale ? `/${locale}` : ""}/_not-found`;
}
