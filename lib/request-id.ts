export const REQUEST_ID_HEADER = "x-request-id";

const WELL_FORMED = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a well-formed incoming id (from a load balancer) so logs can be joined; else a new one. */
export function requestId(incoming: string | null | undefined): string {
  return incoming && WELL_FORMED.test(incoming) ? incoming : crypto.randomUUID();
}
