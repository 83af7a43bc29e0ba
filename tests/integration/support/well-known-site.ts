import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { db } from "@/lib/db";

// A facility's own website, as a real HTTP server on 127.0.0.1, for the tests that fetch its
// .well-known disclosure.

export interface Site {
  origin: string;
  /** The paths asked for, in order: a refused fetch must not have reached the site at all. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Starts a site answering every request with `answer`. Unless `allowed` is false, its origin is
 * added to WELL_KNOWN_TEST_ORIGINS, the way a test lets ScanAware fetch from plain http on loopback.
 */
export async function startSite(answer: RequestListener, { allowed = true } = {}): Promise<Site> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? "");
    answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (allowed) process.env.WELL_KNOWN_TEST_ORIGINS = [process.env.WELL_KNOWN_TEST_ORIGINS, origin].filter(Boolean).join(",");
  return {
    origin,
    requests,
    close: () => {
      // A test that stalls its answer leaves a connection open; close() alone would wait for it.
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Answers with `body` as JSON. */
export const serveJson =
  (body: unknown): RequestListener =>
  (_request, response) => {
    response.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    response.end(JSON.stringify(body));
  };

/** Gives the facility a website, so that there is somewhere to fetch its disclosure from. */
export async function setWebsite(facility: { id: string }, website: string): Promise<string> {
  await db().facility.update({ where: { id: facility.id }, data: { website } });
  return facility.id;
}
