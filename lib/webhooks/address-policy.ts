// Which addresses a webhook may reach (SSRF). In production only https URLs, and only public
// addresses: a name resolving to any private, loopback, link-local, shared, multicast or
// reserved address is refused, whichever of its addresses a connection would use. Outside
// production (and where WEBHOOKS_PRIVATE_NETWORKS=allow, as the e2e tests and the bench run a
// production build against a local receiver) http to localhost and private addresses are allowed.
import { BlockList, isIP } from "node:net";
import { config } from "@/lib/config";

export type AddressPolicy = { allowPrivate: boolean };

export function addressPolicy(): AddressPolicy {
  const settings = config();
  const allow = settings.WEBHOOKS_PRIVATE_NETWORKS ?? (settings.NODE_ENV === "production" ? "refuse" : "allow");
  return { allowPrivate: allow === "allow" };
}

const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const)
  blocked.addSubnet(network, prefix, "ipv6");

/** Whether `address` (an IP literal) is a public unicast address. IPv4-mapped IPv6 is judged as its IPv4 address. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, "ipv4");
  if (family !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return !blocked.check(mapped[1], "ipv4");
  if (/^::ffff:/i.test(address)) return false; // mapped in hex form: refuse rather than parse
  return !blocked.check(address, "ipv6");
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether the URL may be an endpoint's: https, or http to this machine where private addresses are allowed. */
export function isAllowedWebhookUrl(url: string, policy: AddressPolicy = addressPolicy()): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === "https:") return true;
  return parsed.protocol === "http:" && policy.allowPrivate && LOCAL_HOSTS.has(parsed.hostname);
}
