// Request size limits shared by next.config.ts (Next's own check), proxy.ts (which
// answers 413 before Next would fail the oversize body with a 500) and the body gate in
// front of Next under `npm start` (lib/http/body-gate.ts, which reads no body past it).

/** Largest server action body (Next's default, 1 MB): every form of the app fits in a few KB. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
