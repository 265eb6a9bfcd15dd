/**
 * Stands in for `tldts` (aliased in vite.config.ts). MSW's cookie store (tough-cookie) asks tldts
 * for a host's registrable domain, and tldts brings the whole public-suffix list: about 300 KB of
 * tries, more than half of the mock API's chunk, parsed on every visit. The mocks neither set nor
 * read cookies, so the cookie store only ever needs this for the page's own host. The answer is
 * tldts' own for hosts without a dot and IP addresses (none) and for a name under a one-label
 * suffix (`example.org`); under a multi-label suffix (`co.uk`, `github.io`) it is wider than
 * tldts', which only cookie scoping between such sites could notice.
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  const isIp = /^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[');
  if (isIp || !host.includes('.')) return null;
  return host.split('.').slice(-2).join('.');
}
