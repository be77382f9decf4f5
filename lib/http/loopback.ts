// Loopback names, for what only this machine may see (the dev mailbox).

const LOOPBACK = new Set(["localhost", "127.0.0.1", "::1"]);

/** A listening address that accepts this machine only (not 0.0.0.0, ::, a LAN address, or unset = all interfaces). */
export function isLoopbackAddress(host: string | undefined | null): boolean {
  return !!host && LOOPBACK.has(host.toLowerCase().replace(/^\[(.*)\]$/, "$1"));
}

/**
 * A Host header naming this machine: localhost, 127.0.0.1 or [::1], with any port.
 * A page of another site whose name the attacker re-points at 127.0.0.1 (DNS rebinding)
 * sends its own name here, so it is refused.
 */
export function isLoopbackHostHeader(host: string | undefined | null): boolean {
  if (!host) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::\d{1,5})?$/.exec(host.trim());
  return !!match && isLoopbackAddress(match[1]);
}
