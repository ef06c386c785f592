/**
 * Where the build-time status fetch may connect. The feeds are public pages on the vendors' own hosts, so:
 *  - a redirect may only lead to a host the tool's file names (its status page, API base and fallback);
 *  - IP literals, and names that resolve to private, loopback, link-local or otherwise non-public addresses, are
 *    refused — a hostile or hijacked feed must not turn the build machine into a proxy for its own network
 *    (cloud metadata at 169.254.169.254, services on localhost).
 * Sources given explicitly on the command line (`--source`, `--fallback`) are trusted as given: that is how the tests
 * point the step at a fake vendor on 127.0.0.1.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** True for addresses that are not on the public internet (IPv4 and IPv6, including IPv4-mapped IPv6). */
export function isNonPublicAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) {
    const [a = 0, b = 0] = v4.split('.').map(Number);
    return (
      a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 198 && (b === 18 || b === 19)) || a >= 224
    );
  }
  const v6 = address.toLowerCase().replace(/^\[|\]$/g, '');
  return v6 === '::' || v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || /^ff/.test(v6) || v6.startsWith('64:ff9b:') || v6.startsWith('2001:db8');
}

export class HostRefused extends Error {}

/** Throws HostRefused when `url` may not be fetched under the policy; resolves otherwise. */
export async function checkHost(url: URL, opts: { allowPrivate: boolean }): Promise<void> {
  if (opts.allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) throw new HostRefused(`refused an IP address as host (${host}); status feeds are named hosts`);
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local')) {
    throw new HostRefused(`refused a local host name (${host})`);
  }
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true });
  } catch {
    return; // the fetch itself reports the DNS failure, with its code
  }
  const bad = addresses.find((a) => isNonPublicAddress(a.address));
  if (bad) throw new HostRefused(`refused ${host}: it resolves to a non-public address (${bad.address})`);
}
