import http from "node:http";
import type { AddressInfo } from "node:net";
import ipaddr from "ipaddr.js";
import next, { type NextConfig } from "next";
import { databaseDown, RETRY_AFTER_SECONDS } from "@/lib/db-health";
import { logger } from "@/lib/logger";
import { REQUEST_ID_HEADER, requestId } from "@/lib/request-id";
import { CLIENT_IP_HEADER, OWN_SERVER_FLAG } from "@/lib/security/client-ip";
import { pageCacheKey } from "@/lib/page-cache/rules";
import { CachedPages, type CacheOutcome } from "./cached-pages";
import { root } from "./paths";

export interface RunningServer {
  /** Stops accepting, lets in-flight requests finish (cut after `timeoutMs`), then closes Next.js. */
  close(timeoutMs: number): Promise<void>;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface ServeOptions {
  /** The app's directory (default: this checkout) and, for a standalone build, its config. */
  dir?: string;
  conf?: NextConfig;
  port: number;
  host?: string;
  dev: boolean;
  /** Anonymous patient pages are kept this long (0: not at all); see lib/page-cache. */
  pageCache: { seconds: number; megabytes: number };
  /** The app's database, through which servers sharing it tell each other of changes. */
  databaseUrl: string;
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  // Next.js runs in this process: it may trust the client address header this server sets.
  process.env[OWN_SERVER_FLAG] = "1";
  // Next.js names loopback addresses "localhost" in the proxy's URLs; given "127.0.0.1" here, it
  // would take the proxy's rewrites for another site and send them over HTTP back to this server
  // (vercel/next.js#94745). The name only builds URLs; the server below listens where asked.
  const loopback = options.host && ipaddr.isValid(options.host) && ipaddr.process(options.host).range() === "loopback";
  const hostname = !options.host || loopback ? "localhost" : options.host;
  const app = next({ dev: options.dev, dir: options.dir ?? root, conf: options.conf, port: options.port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();

  let closing = false;
  // Not in development: there, pages change with the code.
  const cache =
    options.dev || options.pageCache.seconds === 0
      ? undefined
      : new CachedPages(options.pageCache, () => server.address() as AddressInfo, options.databaseUrl);
  const server = http.createServer((req, res) => {
    const id = requestId(req.headers[REQUEST_ID_HEADER] as string | undefined);
    req.headers[REQUEST_ID_HEADER] = id;
    // The cache's own render of a page: the visitor's request, already logged and counted.
    if (cache?.isRender(req)) return void handle(req, res);
    req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? "unknown";
    res.setHeader(REQUEST_ID_HEADER, id);
    if (closing) res.setHeader("Connection", "close");
    // A page that failed because the database went away is "try again shortly", not a bug.
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      if (status === 500 && databaseDown()) {
        res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
        return writeHead(503, ...rest);
      }
      return writeHead(status, ...rest);
    }) as typeof res.writeHead;
    const started = performance.now();
    // What patient pages show changes only through signed-in people's forms (a publication, a
    // moderator's decision): forget every page when such a request starts (a page being rendered
    // meanwhile is not kept), when its response is sent, and once its work is finished even if the
    // person left early — then on every server. Anonymous posts (a report, a sign-in) change no
    // public page.
    const changes = cache && !SAFE_METHODS.has(req.method ?? "GET") && Boolean(req.headers.cookie || req.headers.authorization);
    if (changes) cache.clear();
    const key = cache && !closing ? pageCacheKey(req.method, req.url, req.headers) : undefined;
    let outcome: CacheOutcome | undefined;
    res.once("close", () => {
      if (changes) cache.clear();
      // The path only: query strings hold what patients search for, and we do not keep that.
      logger.info(
        {
          reqId: id,
          method: req.method,
          path: req.url?.split("?")[0],
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
          ...(outcome && { cache: outcome }),
        },
        "request",
      );
      if (closing) server.closeIdleConnections();
    });
    if (!key || !cache) {
      const handled = handle(req, res);
      if (changes) void handled.finally(() => cache.changed());
      return;
    }
    cache
      .serve(key, req, res, (result) => {
        outcome = result;
        if (result === "pass" && !res.destroyed) void handle(req, res);
      })
      .catch((error: unknown) => {
        // The cache must never take the server down: Next.js answers instead, if it still can.
        logger.error({ reqId: id, err: error }, "page cache");
        if (res.headersSent) res.destroy();
        else void handle(req, res);
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });

  return {
    async close(timeoutMs) {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
      await closed;
      clearTimeout(deadline);
      await cache?.close();
      await app.close();
    },
  };
}
