/**
 * The client's address for per-IP limits. The leftmost X-Forwarded-For entries are whatever the
 * client sent; only the entries appended by our own proxies can be trusted. With TRUSTED_PROXY_HOPS
 * proxies in front (default 1: the reverse proxy, or Next itself when it is reached directly and the
 * client sent no header), the client is the entry that many places from the right.
 */
export function clientIp(forwardedFor: string | null, hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1)): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return entries[Math.max(0, entries.length - Math.max(1, hops))] ?? "unknown";
}
