// The path of the request as proxy.ts passes it to pages: where to come back after
// signing in, and which organization the request-context statement loads.

/** Set by proxy.ts: the path (and query) that was asked for. */
export const REQUEST_PATH_HEADER = "x-roster-path";

/** The organization slug of an `/orgs/<slug>/…` path, else null. */
export function slugOfPath(path: string | null | undefined): string | null {
  const match = /^\/orgs\/([^/?#]+)/.exec(path ?? "");
  if (!match) return null;
  try {
    const slug = decodeURIComponent(match[1]);
    // Such a slug names no organization (see loadOrgAccess), and a NUL byte would fail the request's statement.
    return /[\u0000-\u001f\u007f]/.test(slug) ? null : slug;
  } catch {
    return null;
  }
}
