import { lookup } from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

// IANA's global unicast block: anything else in IPv6 (IPv4-compatible ::a.b.c.d, site-local…) is
// refused outright, rather than trusting a list of the exceptions to stay complete.
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR("2000::/3");

/**
 * Whether an address is an ordinary host on the public internet. ipaddr.js names every special
 * range (private, loopback, link-local, unique-local, carrier-grade NAT, multicast, documentation,
 * 6to4, Teredo, NAT64…); only "unicast" is none of them. An IPv4-mapped IPv6 address is judged
 * as the IPv4 address it reaches.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  if (parsed.range() !== "unicast") return false;
  return parsed instanceof ipaddr.IPv4 || parsed.match(GLOBAL_UNICAST_V6);
}

/** A host name that resolves to an address that is not public. */
export class PrivateAddressError extends Error {
  readonly code = "EPRIVATEADDRESS";
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}, which is not a public internet address`);
    this.name = "PrivateAddressError";
  }
}

/**
 * A `lookup` for http(s).request that resolves once and refuses the host if any of its addresses
 * is not public. The socket then connects to an address from this same answer, so a name cannot
 * pass the check and resolve differently for the connection (DNS rebinding).
 */
export const publicLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "");
    const refused = addresses.find(({ address }) => !isPublicAddress(address));
    if (refused || !addresses.length) return callback(new PrivateAddressError(hostname, refused?.address ?? "nothing"), "");
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};
