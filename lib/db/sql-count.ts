// Tests and benchmarks only (ROSTER_SQL_COUNT=on): the SQL statements each HTTP request
// sends, split into those sent while the response was being made ("view") and those sent
// after it was complete (Next's `after()`, e.g. the last-active write), so a test can assert
// "at most 4 statements per page view" and "no write on a read".
//
// Why this design, rather than the alternatives:
// - pg_stat_statements counts per normalized statement across the whole server: it needs a
//   quiet database and serial requests, and cannot tell a view's statements from those of
//   its `after()` callbacks or of the mail worker running meanwhile.
// - Prisma's `$extends` query hook counts Prisma operations, not round trips (a nested
//   read or a transaction is several statements), and Prisma's query log event is emitted
//   outside the request's async context.
// So statements are counted where they leave for the database (the pg pool, see
// counting-pool.ts) and attributed with an AsyncLocalStorage scope opened around each HTTP
// request that carries an `x-roster-request-id` header (installRequestScopes, called from
// instrumentation.ts). Next runs `after()` callbacks in a snapshot of the request's async
// context, so their statements reach the same scope; they come once the response is
// complete, which is what marks them "after".
//
// The registry lives on globalThis: Next bundles instrumentation.ts, the pages and the
// route handlers separately, and each bundle has its own copy of this module.
import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";

export const REQUEST_ID_HEADER = "x-roster-request-id";

export type StatementPhase = "view" | "after";
export type CountedStatement = { phase: StatementPhase; sql: string; ms: number | null };
export type RequestStatements = {
  id: string;
  /** Statements sent before the response was complete. */
  view: number;
  /** Statements sent after it (after() callbacks). */
  after: number;
  statements: CountedStatement[];
};

type Scope = {
  id: string;
  respondedAt: number | null;
  inFlight: number;
  lastActivity: number;
  statements: CountedStatement[];
};

type Registry = { storage: AsyncLocalStorage<Scope>; scopes: Map<string, Scope>; installed: boolean };

/** Scopes kept for reading; the oldest are dropped past this. */
const MAX_SCOPES = 5000;
const SQL_TEXT_LIMIT = 400;
const REGISTRY_KEY = "__rosterSqlCount";

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Registry };
  return (holder[REGISTRY_KEY] ??= { storage: new AsyncLocalStorage<Scope>(), scopes: new Map(), installed: false });
}

/** Opens the scope of one request (replacing an earlier one of the same id) and runs `fn` in it. */
export function runInRequestScope<T>(id: string, fn: () => T): { scope: { responded(): void }; result: T } {
  const { storage, scopes } = registry();
  const scope: Scope = { id, respondedAt: null, inFlight: 0, lastActivity: Date.now(), statements: [] };
  scopes.delete(id);
  scopes.set(id, scope);
  while (scopes.size > MAX_SCOPES) scopes.delete(scopes.keys().next().value!);
  const responded = () => {
    if (scope.respondedAt === null) scope.respondedAt = Date.now();
  };
  return { scope: { responded }, result: storage.run(scope, fn) };
}

/**
 * Records a statement of the current request, if it is counted; returns the function to
 * call when the statement has completed (or null when nothing is counted).
 */
export function statementStarted(sql: string): (() => void) | null {
  const scope = registry().storage.getStore();
  if (!scope) return null;
  const started = Date.now();
  const record: CountedStatement = { phase: scope.respondedAt === null ? "view" : "after", sql: sql.slice(0, SQL_TEXT_LIMIT), ms: null };
  scope.statements.push(record);
  scope.inFlight++;
  scope.lastActivity = started;
  let finished = false;
  return () => {
    if (finished) return;
    finished = true;
    scope.inFlight--;
    scope.lastActivity = Date.now();
    record.ms = scope.lastActivity - started;
  };
}

/**
 * Wraps every HTTP server's request handling in a scope when the request carries the
 * request id header. Patching the prototype reaches the server `next start` creates
 * without changing how the app is started; requests without the header are untouched.
 */
export function installRequestScopes(): void {
  const state = registry();
  if (state.installed) return;
  state.installed = true;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== "request") return emit.call(this, event, ...args);
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    const id = request.headers[REQUEST_ID_HEADER];
    if (typeof id !== "string" || !id) return emit.call(this, event, ...args);
    const { scope, result } = runInRequestScope(id, () => emit.call(this, event, ...args));
    // "finish": the last byte was handed to the OS; Next runs after() callbacks on "close", later.
    response.once("finish", scope.responded);
    response.once("close", scope.responded);
    return result;
  } as typeof http.Server.prototype.emit;
}

/**
 * The statements of request `id` once it has settled: the response is complete, no
 * statement is running and none has started for `quietMs` (after() callbacks start at once
 * when the response closes). Null for an unknown id; gives up after `timeoutMs`.
 */
export async function settledStatements(id: string, { quietMs = 300, timeoutMs = 10_000 } = {}): Promise<RequestStatements | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const scope = registry().scopes.get(id);
    if (!scope) return null;
    const now = Date.now();
    const settled = scope.respondedAt !== null && scope.inFlight === 0 && now - Math.max(scope.lastActivity, scope.respondedAt) >= quietMs;
    if (settled || now > deadline) {
      const statements = scope.statements.map((statement) => ({ ...statement }));
      return {
        id,
        view: statements.filter((s) => s.phase === "view").length,
        after: statements.filter((s) => s.phase === "after").length,
        statements,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
