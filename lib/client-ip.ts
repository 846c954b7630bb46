import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

/**
 * The client's address, for per-IP limits and the audit log. Next gives App Router code no socket
 * address, and `next start` keeps whatever X-Forwarded-For a client sends. So the app runs behind our
 * own HTTP server (scripts/server.ts), which drops any incoming copy of this header and sets it from
 * the socket — reading X-Forwarded-For only when the socket peer is a configured proxy.
 */
export const CLIENT_IP_HEADER = "x-anguan-client-ip";

/** What the app reads: the header our server set, or "unknown" when the app runs without it. */
export function clientIp(header: string | null): string {
  return header?.trim() || "unknown";
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) → "10.0.0.1". */
function normalize(address: string): string {
  const plain = address.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  return mapped ? mapped[1] : plain;
}

/** TRUSTED_PROXIES: comma-separated addresses or CIDR ranges (`10.0.0.0/8`, `127.0.0.1`, `fd00::/8`). */
export function trustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? "").split(",").map((s) => s.trim())) {
    if (!entry) continue;
    const [address, prefix] = entry.split("/");
    const type = isIP(normalize(address)) === 6 ? "ipv6" : "ipv4";
    if (!isIP(normalize(address)) || (prefix !== undefined && !/^\d+$/.test(prefix))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
    }
    if (prefix === undefined) list.addAddress(normalize(address), type);
    else list.addSubnet(normalize(address), Number(prefix), type);
  }
  return list;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  const type = isIP(address);
  return type !== 0 && trusted.check(address, type === 6 ? "ipv6" : "ipv4");
}

/**
 * The socket peer, unless it is a trusted proxy: then walk X-Forwarded-For from the right past
 * trusted hops. The first untrusted address is the client; entries further left are whatever the
 * client wrote and are never read.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string {
  let client = normalize(socketAddress ?? "");
  if (!isIP(client)) return "unknown";
  const chain = [forwardedFor ?? []].flat().join(",").split(",").map(normalize).filter(Boolean);
  while (isTrusted(client, trusted) && chain.length > 0) {
    const next = chain.pop()!;
    if (!isIP(next)) break; // a malformed hop: stop at the last proxy we trust
    client = next;
  }
  return client;
}

/** Replaces any client-sent copy of CLIENT_IP_HEADER with the address computed for this request. */
export function setClientAddress(req: IncomingMessage, trusted: BlockList) {
  req.headers[CLIENT_IP_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
}
