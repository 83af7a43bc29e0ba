/** Set by the app's own server (scripts/lib/serve.ts) from the socket, replacing any sent by a client. */
export const CLIENT_IP_HEADER = "x-scanaware-client-ip";

/** Set in the process by scripts/lib/serve.ts: only then is CLIENT_IP_HEADER the server's word. */
export const OWN_SERVER_FLAG = "SCANAWARE_OWN_SERVER";

/**
 * The address rate limits and the audit log attribute a request to. Behind a trusted proxy: the
 * right-most X-Forwarded-For entry (the one the proxy added; those before it are the client's
 * word). Under `npm start`: the socket's address. Under Next.js's own server (the Docker image)
 * without a proxy: the X-Forwarded-For it fills in from the socket — which a client can pre-empt,
 * so such deployments should sit behind a proxy with TRUST_PROXY=true.
 */
export function clientIp(headers: Headers, trustProxy: boolean, ownServer = process.env[OWN_SERVER_FLAG] === "1"): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  if (trustProxy && forwarded) return forwarded;
  if (ownServer) return headers.get(CLIENT_IP_HEADER) ?? "unknown";
  return forwarded || "unknown";
}
