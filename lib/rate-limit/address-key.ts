// The mailbox an address delivers to, for counting emails per recipient: otherwise
// a+1@example.com, a+2@example.com… would each get their own allowance while landing in
// the same inbox. Used for limits only; emails still go to the address as typed.

/** Providers that ignore dots in the local part (and treat googlemail.com as gmail.com). */
const DOTLESS_DOMAINS: Record<string, string> = { "gmail.com": "gmail.com", "googlemail.com": "gmail.com" };

/** "Jo.Hn+News@GoogleMail.com" → "john@gmail.com"; "a+1@example.com" → "a@example.com". */
export function mailboxKey(email: string): string {
  const value = email.trim().toLowerCase();
  const at = value.lastIndexOf("@");
  if (at <= 0) return value;
  let local = value.slice(0, at);
  let domain = value.slice(at + 1).replace(/\.+$/, "");
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  const canonical = DOTLESS_DOMAINS[domain];
  if (canonical) {
    domain = canonical;
    local = local.replace(/\./g, "");
  }
  return `${local}@${domain}`;
}
