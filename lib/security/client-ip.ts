/** Set by the app's own server (scripts/lib/serve.ts) from the socket, replacing any sent by a client. */
export const CLIENT_IP_HEADER = "x-scanaware-client-ip";

/** The address rate limits and the audit log attribute a request to. */
export function clientIp(headers: Headers, trustProxy: boolean): string {
  if (trustProxy) {
    // The right-most entry is the one our own proxy added; those before it are the client's word.
    const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return headers.get(CLIENT_IP_HEADER) ?? "unknown";
}
