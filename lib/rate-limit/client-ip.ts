// The client's IP address, for the audit log and per-client limits.
//
// Only with TRUST_PROXY=on: a reverse proxy we run appends the address it received the
// connection from to X-Forwarded-For, so the LAST entry is the one we can trust (earlier
// entries are whatever the client sent). Without it we have nothing trustworthy: Next
// exposes no socket address to pages, actions or the proxy, and `next start` fills
// X-Forwarded-For with the socket address only when the client did not send one itself
// (base-server.js: `x-forwarded-for ??= socket.remoteAddress`), so a client could pick any
// value per request. Then there is no per-IP limit; the per-address and global limits
// still apply.
import { isIP } from "node:net";
import { config } from "@/lib/config";

type HeaderReader = { get(name: string): string | null };

/** The client's address as our trusted proxy saw it, or null (no trusted proxy, or no usable value). */
export function clientIp(headers: HeaderReader): string | null {
  if (config().TRUST_PROXY !== "on") return null;
  const last = headers.get("x-forwarded-for")?.split(",").pop()?.trim();
  if (!last) return null;
  const bare = last.replace(/^\[(.*)\](?::\d+)?$/, "$1").replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  return isIP(bare) ? bare : null;
}

/** Full IPv6 groups, for prefix extraction ("2001:db8::1" → 8 groups). */
function ipv6Groups(address: string): string[] {
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const missing = address.includes("::") ? 8 - left.length - right.length : 0;
  return [...left, ...Array(missing).fill("0"), ...right].map((group) => group.padStart(4, "0"));
}

/**
 * The unit a per-IP limit counts: an IPv4 address, or an IPv6 /64 network (one
 * subscriber usually holds a whole /64, so counting single addresses would let one
 * client rotate through billions of them).
 */
export function ipLimitKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (isIP(ip) !== 6) return ip;
  return `${ipv6Groups(ip.toLowerCase()).slice(0, 4).join(":")}::/64`;
}
