import http from "node:http";
import ipaddr from "ipaddr.js";
import next from "next";
import { databaseDown, RETRY_AFTER_SECONDS } from "@/lib/db-health";
import { logger } from "@/lib/logger";
import { REQUEST_ID_HEADER, requestId } from "@/lib/request-id";
import { CLIENT_IP_HEADER, OWN_SERVER_FLAG } from "@/lib/security/client-ip";
import { root } from "./paths";

export interface RunningServer {
  /** Stops accepting, lets in-flight requests finish (cut after `timeoutMs`), then closes Next.js. */
  close(timeoutMs: number): Promise<void>;
}

export async function serve(options: { port: number; host?: string; dev: boolean }): Promise<RunningServer> {
  // Next.js runs in this process: it may trust the client address header this server sets.
  process.env[OWN_SERVER_FLAG] = "1";
  // Next.js names loopback addresses "localhost" in the proxy's URLs; given "127.0.0.1" here, it
  // would take the proxy's rewrites for another site and send them over HTTP back to this server
  // (vercel/next.js#94745). The name only builds URLs; the server below listens where asked.
  const loopback = options.host && ipaddr.isValid(options.host) && ipaddr.process(options.host).range() === "loopback";
  const hostname = !options.host || loopback ? "localhost" : options.host;
  const app = next({ dev: options.dev, dir: root, port: options.port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();

  let closing = false;
  const server = http.createServer((req, res) => {
    const id = requestId(req.headers[REQUEST_ID_HEADER] as string | undefined);
    req.headers[REQUEST_ID_HEADER] = id;
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
    res.once("close", () => {
      // The path only: query strings hold what patients search for, and we do not keep that.
      logger.info(
        {
          reqId: id,
          method: req.method,
          path: req.url?.split("?")[0],
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        "request",
      );
      if (closing) server.closeIdleConnections();
    });
    void handle(req, res);
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
      await app.close();
    },
  };
}
