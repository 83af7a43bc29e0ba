import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import zlib from "node:zlib";
import Negotiator from "negotiator";
import {
  cacheablePage,
  HOP_BY_HOP,
  isEmptyNotFound,
  notFoundAddress,
  withNonce,
  type CachedPage,
  type PageKey,
} from "@/lib/page-cache/rules";
import { PageStore } from "@/lib/page-cache/store";
import { newNonce } from "@/lib/security/headers";
import { ChangeSignal } from "./change-signal";

const gzip = promisify(zlib.gzip);

// Marks the cache's own render requests; only a request carrying this process's secret counts.
const RENDER_HEADER = "x-scanaware-render";

interface Rendered {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  page?: CachedPage;
}

/** hit: from memory; shared: another visitor's render of the same page at the same moment. */
export type CacheOutcome = "hit" | "shared" | "miss" | "pass";

function without(headers: http.IncomingHttpHeaders, names: string[]): http.OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name, value]) => value !== undefined && !names.includes(name)));
}

/**
 * The page cache as this server runs it: a miss is rendered by Next.js through a request to this
 * same server (so the proxy, the nonce and every header are exactly those of an uncached page),
 * read whole, kept if it may be, and sent; a hit is sent with a fresh nonce. Both are gzipped here
 * when the browser accepts it (Next.js is asked for the plain page so the nonce can be replaced).
 */
export class CachedPages {
  readonly #store: PageStore;
  readonly #secret = randomUUID();
  readonly #agent = new http.Agent({ keepAlive: true });
  readonly #address: () => AddressInfo;
  readonly #signal: ChangeSignal;

  /** `address`: where this server listens, asked at each render (known once it listens);
   * `databaseUrl`: where the servers sharing it hear of each other's changes. */
  constructor(options: { seconds: number; megabytes: number }, address: () => AddressInfo, databaseUrl: string) {
    this.#store = new PageStore(options);
    this.#address = address;
    this.#signal = new ChangeSignal(databaseUrl, () => this.#store.clear());
  }

  /** Whether `req` is one of the cache's own renders; removes the mark either way. */
  isRender(req: http.IncomingMessage): boolean {
    const render = req.headers[RENDER_HEADER] === this.#secret;
    delete req.headers[RENDER_HEADER];
    return render;
  }

  /** Answers an anonymous visitor's page from the cache, rendering it once if needed. `decided`
   * hears the outcome before anything is sent; on `pass` (the render could not be made: the server
   * is closing) nothing was sent and the caller lets Next.js answer. */
  async serve(
    { key, keep }: PageKey,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    decided: (outcome: CacheOutcome) => void,
  ): Promise<void> {
    const cached = keep ? this.#store.get(key) : undefined;
    if (cached) {
      decided("hit");
      return this.#send(req, res, cached, Date.now());
    }
    const shared = await this.#store.rendering(key);
    if (shared) {
      decided("shared");
      return this.#send(req, res, shared);
    }
    const rendered = await this.#store.render(key, () => this.#render(req), keep).catch(() => undefined);
    if (!rendered) return decided("pass");
    decided("miss");
    if (rendered.page) return this.#send(req, res, rendered.page);
    res.writeHead(rendered.status, without(rendered.headers, HOP_BY_HOP)).end(rendered.body);
  }

  /** Forgets this server's pages: a change is under way. */
  clear(): void {
    this.#store.clear();
  }

  /** A change is done: every server on the database forgets its pages. */
  changed(): void {
    this.#store.clear();
    this.#signal.announce();
  }

  async close(): Promise<void> {
    this.#agent.destroy();
    await this.#signal.close();
  }

  /** The page at the visitor's address; for an unknown facility (or version), the site's "not
   * found" page rendered in full, since the one Next.js gives is blank without JavaScript. */
  async #render(req: http.IncomingMessage): Promise<Rendered> {
    const rendered = await this.#request(req, req.url!);
    if (!isEmptyNotFound(rendered.status, rendered.body)) return rendered;
    const full = await this.#request(req, notFoundAddress(req.url!)).catch(() => undefined);
    return full?.status === 404 && String(full.headers["content-type"]).startsWith("text/html") ? full : rendered;
  }

  #request(req: http.IncomingMessage, path: string): Promise<Rendered> {
    const { address, port } = this.#address();
    const host = address === "0.0.0.0" || address === "::" ? "127.0.0.1" : address;
    const headers = { ...without(req.headers, HOP_BY_HOP), "accept-encoding": "identity", [RENDER_HEADER]: this.#secret };
    return new Promise((resolve, reject) => {
      const request = http.request({ host, port, path, method: "GET", headers, agent: this.#agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.once("error", reject);
        response.once("end", () => {
          const body = Buffer.concat(chunks);
          const status = response.statusCode ?? 502;
          resolve({ status, headers: response.headers, body, page: cacheablePage(status, response.headers, body) });
        });
      });
      request.once("error", reject);
      request.end();
    });
  }

  /** `now`: the page comes from memory (it gets an Age header). */
  async #send(req: http.IncomingMessage, res: http.ServerResponse, page: CachedPage, now?: number): Promise<void> {
    const { headers, body } = withNonce(page, newNonce(), now);
    const vary = String(headers.vary ?? "");
    const compress = new Negotiator(req).encoding(["gzip", "identity"]) === "gzip";
    const bytes = compress ? await gzip(body) : Buffer.from(body);
    res.writeHead(200, {
      ...headers,
      vary: /accept-encoding/i.test(vary) ? vary : [vary, "Accept-Encoding"].filter(Boolean).join(", "),
      ...(compress && { "content-encoding": "gzip" }),
      "content-length": bytes.length,
    });
    res.end(bytes);
  }
}
