// Domain names as the organization types them → the form we store and compare:
// lower-cased ASCII (IDN as punycode), no scheme, path, port or trailing dot.
// Subdomains are kept as typed ("www.example.com" stays "www.example.com").
import { parse } from "tldts";

export const MAX_DOMAIN_LENGTH = 253;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Returns the normalised domain, or null when the input is not a usable hostname. */
export function normalizeDomain(input: string): string | null {
  let value = input.trim().toLowerCase();
  value = value.replace(/^[a-z][a-z0-9+.-]*:\/\//, ""); // scheme
  value = value.split(/[/?#]/, 1)[0]; // path, query, fragment
  value = value.slice(value.lastIndexOf("@") + 1); // "alice@example.com" or userinfo
  value = value.replace(/:\d*$/, ""); // port
  value = value.replace(/\.+$/, ""); // trailing dot(s) of a fully qualified name
  if (!value || value.length > 1000 || /\s/.test(value)) return null;
  let ascii: string;
  try {
    ascii = new URL(`http://${value}`).hostname; // IDN → punycode, and URL's own sanity checks
  } catch {
    return null;
  }
  return isValidHostname(ascii) ? ascii : null;
}

/** A registrable-looking DNS name: at least two labels, each 1–63 letters/digits/hyphens, ≤ 253 in all, not an IP. */
export function isValidHostname(hostname: string): boolean {
  if (hostname.length > MAX_DOMAIN_LENGTH) return false;
  const labels = hostname.split(".");
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false;
  const tld = labels[labels.length - 1];
  return /[a-z]/.test(tld) && !/^\d/.test(tld); // rules out 10.0.0.1 and numeric TLDs
}

/** The normalised domain of an email address ("Alice@Example.COM" → "example.com"), or null. */
export function emailDomain(email: string): string | null {
  const at = email.trim().lastIndexOf("@");
  if (at <= 0) return null;
  return normalizeDomain(email.trim().slice(at + 1));
}

/** The domain and each of its parents with at least two labels: a.b.example.com → [a.b.example.com, b.example.com, example.com]. */
export function domainAndParents(domain: string): string[] {
  const labels = domain.split(".");
  const result: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) result.push(labels.slice(i).join("."));
  return result;
}

/**
 * The registrable domain of a name by the Public Suffix List (tldts), or null for a public
 * suffix itself (co.uk, github.io) or a name without one. Private suffixes count as public
 * (`allowPrivateDomains`): under github.io or blogspot.com each name belongs to a different
 * customer of that service, so `acme.github.io` is one organization's domain to verify,
 * while `github.io` would claim every other customer's addresses.
 */
export function registrableDomain(domain: string): string | null {
  const result = parse(domain, { allowPrivateDomains: true });
  return result.isIp ? null : result.domain;
}

/** True when one organization cannot own the name: a public suffix, or no registrable domain. */
export function isPublicSuffix(domain: string): boolean {
  return registrableDomain(domain) === null;
}

/**
 * The names that can cover addresses on `domain`: itself and its parents down to its
 * registrable domain (eu.sales.acme.co.uk → [eu.sales.acme.co.uk, sales.acme.co.uk,
 * acme.co.uk], never co.uk). Empty for a public suffix.
 */
export function coveringDomains(domain: string): string[] {
  const registrable = registrableDomain(domain);
  if (!registrable) return [];
  return domainAndParents(domain).filter((name) => name.length >= registrable.length);
}
