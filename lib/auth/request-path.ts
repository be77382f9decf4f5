// The path of the request as proxy.ts passes it to pages: where to come back after
// signing in, and which organization the request-context statement loads.

/** Set by proxy.ts: the path (and query) that was asked for. */
export const REQUEST_PATH_HEADER = "x-roster-path";

/** The organization slug of an `/orgs/<slug>/…` path, else null. */
export function slugOfPath(path: string | null | undefined): string | null {
  const match = /^\/orgs\/([^/?#]+)/.exec(path ?? "");
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
