// What a log line may say about a request or an email: never a token, an address or a
// query string (sign-in and invitation links carry their secret in the path or the query).

/** Route patterns of the paths whose segments carry something: the first that matches names it. */
const PATTERNS: [RegExp, string][] = [
  [/^\/orgs\/[^/]+\/billing\/(invoices|orders|quotes)\/(?!new$)[^/]+(\/pdf)?$/, "/orgs/[slug]/billing/$1/[id]$2"],
  [/^\/orgs\/[^/]+\/workspaces\/[^/]+$/, "/orgs/[slug]/workspaces/[workspaceId]"],
  [/^\/orgs\/[^/]+(\/.*)?$/, "/orgs/[slug]$1"],
  [/^\/invite\/[^/]+$/, "/invite/[token]"],
  [/^\/dev\/mailbox\/[^/]+$/, "/dev/mailbox/[id]"],
  [/^\/api\/test\/sql-count\/[^/]+$/, "/api/test/sql-count/[id]"],
  [/^\/_next\/static\/.*$/, "/_next/static/…"],
];

/** The route a request's URL matched, without its query, slug, ids or tokens. */
export function routePattern(url: string): string {
  const path = url.split(/[?#]/)[0] || "/";
  for (const [pattern, replacement] of PATTERNS) if (pattern.test(path)) return path.replace(pattern, replacement);
  // Auth.js's own routes name the provider, never a token, in the path; anything unknown is cut
  // to 80 characters of the path alone.
  return path.length > 80 ? `${path.slice(0, 80)}…` : path;
}

/** The organization's slug in the URL (not a secret: it names the organization in every link). */
export function organizationSlugOf(url: string): string | undefined {
  const match = /^\/orgs\/([^/?#]+)/.exec(url);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/** The domain of an email address, all an operator needs to see which relay refused it. */
export function emailDomain(address: string): string {
  const at = address.lastIndexOf("@");
  return at >= 0 ? address.slice(at + 1).toLowerCase() : "(no domain)";
}

/** An error's first line with every email address reduced to its domain. */
export function redactedError(error: unknown): string {
  const line = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  return line.replace(/[^\s<>"'(),;:@]+@([a-z0-9.-]+\.[a-z]{2,})/gi, "…@$1").slice(0, 300);
}
