import "server-only";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { FieldError } from "@/lib/errors";
import { isPublicAddress, publicLookup, PrivateAddressError } from "@/lib/security/public-address";
import { MAX_DISCLOSURE_BYTES } from "./read-file";

// Fetching a URL that facility admins choose (their site) from our server: everything here keeps
// that from reaching anything but a public web server, or from tying the server up.

export const WELL_KNOWN_PATH = "/.well-known/ai-disclosure.json";
export const FETCH_TIMEOUT_MS = 5_000;
/** Sites move (example.org → www.example.org); each hop is checked like the first. */
const MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/** The problem is the facility's site or its file: shown above the fetch form (its only field is the facility). */
const refused = (message: string) => new FieldError("facilityId", message);

/**
 * Where a facility publishes: its site's host over https — an http:// site is asked over https
 * too, since anyone on the way could change a plain-http answer — or, in tests, an origin listed in
 * WELL_KNOWN_TEST_ORIGINS exactly as it is.
 */
export function wellKnownUrl(website: string, testOrigins: readonly string[]): URL {
  const site = URL.canParse(website) ? new URL(website) : null;
  if (!site || !/^https?:$/.test(site.protocol)) throw refused(`The facility's website on record (${website}) is not a web address.`);
  if (testOrigins.includes(site.origin)) return new URL(WELL_KNOWN_PATH, site.origin);
  return new URL(WELL_KNOWN_PATH, `https://${site.host}`);
}

/** Only https, to a public address; a test origin is let through as it is. */
function checkTarget(url: URL, testOrigins: readonly string[]): { trusted: boolean } {
  if (testOrigins.includes(url.origin)) return { trusted: true };
  if (url.protocol !== "https:") throw refused(`${url.href} is not https; ScanAware fetches disclosures over https only.`);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // An address in the URL is never looked up, so the lookup's check would not see it.
  if (isIP(host) && !isPublicAddress(host)) throw refused(`${url.href} is not on the public internet, so ScanAware will not fetch it.`);
  return { trusted: false };
}

function describe(error: NodeJS.ErrnoException, url: URL): FieldError {
  if (error instanceof PrivateAddressError)
    return refused(`${url.host} is not on the public internet (${error.message}), so ScanAware will not fetch it.`);
  if (error.code === "ENOTFOUND" || error.code === "EAI_AGAIN") return refused(`${url.host} could not be found (no such host name).`);
  if (error.code === "ECONNREFUSED") return refused(`${url.host} refused the connection.`);
  if (/CERT|SSL|TLS/.test(error.code ?? "")) return refused(`${url.host}'s https certificate is not valid (${error.code}).`);
  return refused(`${url.href} could not be fetched (${error.code ?? error.message}).`);
}

type Hop = { redirect: URL } | { text: string };

/** One request: a redirect to follow, or the body of a JSON answer within the size limit. */
function get(url: URL, trusted: boolean, deadline: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const timedOut = () => fail(refused(`${url.host} did not send the file within ${FETCH_TIMEOUT_MS / 1000} seconds.`));
    const succeed = (hop: Hop) => {
      deadline.removeEventListener("abort", timedOut);
      request.destroy();
      resolve(hop);
    };
    function fail(error: FieldError) {
      deadline.removeEventListener("abort", timedOut);
      request.destroy();
      reject(error);
    }
    const client = url.protocol === "https:" ? https : http;
    // No agent: a fresh connection every time, made through our lookup, never a pooled one.
    const request = client.get(
      url,
      { agent: false, lookup: trusted ? undefined : publicLookup, headers: { accept: "application/json" } },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (REDIRECTS.has(status) && location) return succeed({ redirect: new URL(location, url) });
        if (status !== 200)
          return fail(
            refused(`${url.href} answered ${[status, response.statusMessage].filter(Boolean).join(" ")}: publish the file there first.`),
          );
        const type = response.headers["content-type"] ?? "";
        if (!JSON_TYPE.test(type))
          return fail(refused(`${url.href} is not JSON (it was sent as ${type || "no type"}; serve it as application/json).`));
        const tooBig = refused(`${url.href} is larger than ${MAX_DISCLOSURE_BYTES / 1024} KB; a disclosure is much smaller.`);
        if (Number(response.headers["content-length"]) > MAX_DISCLOSURE_BYTES) return fail(tooBig);
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          chunks.push(chunk);
          // A missing or false Content-Length does not get past the limit: the stream is cut.
          if (size > MAX_DISCLOSURE_BYTES) fail(tooBig);
        });
        response.on("end", () => succeed({ text: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", (error) => fail(describe(error, url)));
      },
    );
    request.on("error", (error) => fail(describe(error, url)));
    if (deadline.aborted) timedOut();
    else deadline.addEventListener("abort", timedOut, { once: true });
  });
}

/**
 * The text of the JSON file at `url`, within FETCH_TIMEOUT_MS in all (redirects included) and
 * MAX_DISCLOSURE_BYTES, from public https servers only; otherwise a FieldError saying why.
 */
export async function fetchWellKnown(url: URL, testOrigins: readonly string[]): Promise<string> {
  const deadline = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let target = url;
  for (let hops = 0; hops <= MAX_REDIRECTS; hops += 1) {
    const hop = await get(target, checkTarget(target, testOrigins).trusted, deadline);
    if ("text" in hop) return hop.text;
    target = hop.redirect;
  }
  throw refused(`${url.href} redirected more than ${MAX_REDIRECTS} times.`);
}
