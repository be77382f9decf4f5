// Request size limits shared by next.config.ts (Next's own check), proxy.ts (which
// answers 413 before Next would fail the oversize body with a 500) and the body gate in
// front of Next under `npm start` (lib/http/body-gate.ts, which reads no body past it).

/** Largest server action body (Next's default, 1 MB): every form of the app fits in a few KB. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The one page that takes more: Users → Import users, whose form sends a CSV file of up to
 * 5 MB (lib/users/import/import-limits.ts) with its multipart framing. Next's own limit is the
 * larger one (it has a single setting); proxy.ts and the body gate keep every other path at
 * SERVER_ACTION_BODY_LIMIT_BYTES.
 */
export const USER_IMPORT_BODY_LIMIT_BYTES = 5_000_000 + 64 * 1024;

/** The largest body any path accepts: Next's setting. */
export const LARGEST_BODY_LIMIT_BYTES = USER_IMPORT_BODY_LIMIT_BYTES;

const USER_IMPORT_PATH = /^\/orgs\/[^/?#]+\/users\/import\/?(?:[?#]|$)/;

/** The body limit of a request to `path` (a URL path, with or without its query). */
export function bodyLimitFor(path: string): number {
  return USER_IMPORT_PATH.test(path) ? USER_IMPORT_BODY_LIMIT_BYTES : SERVER_ACTION_BODY_LIMIT_BYTES;
}
