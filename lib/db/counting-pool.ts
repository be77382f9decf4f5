// The pg pool of the app when statements are counted (ROSTER_SQL_COUNT=on, see
// sql-count.ts). Prisma's pg adapter sends a statement outside a transaction with
// `pool.query`, and the statements of a transaction with `client.query` on a connection it
// took from the pool. Each is recorded where it is called, in the caller's async context:
// a `pool.query` waiting for a free connection is resumed in the context of whichever
// request released one, so its statement is recorded by the pool (and marked, so the
// connection does not record it again).
import pg from "pg";
import { statementStarted } from "./sql-count";

type Query = (...args: unknown[]) => unknown;

const recordedByPool = new WeakSet<object>();

function sqlOf(config: unknown): string {
  if (typeof config === "string") return config;
  if (config && typeof config === "object" && "text" in config && typeof config.text === "string") return config.text;
  return "";
}

/** Calls `query` with `args`, calling `done` when the statement completes (callback or promise). */
function tracked(query: Query, args: unknown[], done: (() => void) | null): unknown {
  if (!done) return query(...args);
  const last = args.length - 1;
  const callback = args[last];
  if (typeof callback === "function") {
    const copy = [...args];
    copy[last] = (...results: unknown[]) => {
      done();
      return (callback as (...results: unknown[]) => unknown)(...results);
    };
    return query(...copy);
  }
  const result = query(...args);
  if (result && typeof (result as Promise<unknown>).then === "function") (result as Promise<unknown>).then(done, done);
  else done();
  return result;
}

export function countingPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const poolQuery = pool.query.bind(pool) as Query;
  (pool as unknown as { query: Query }).query = (...args: unknown[]) => {
    // A statement given as text becomes a config object, so the connection can tell it was recorded.
    const [first, ...rest] = args;
    const statement = typeof first === "string" ? { text: first, ...(Array.isArray(rest[0]) ? { values: rest.shift() } : {}) } : first;
    if (statement && typeof statement === "object") recordedByPool.add(statement);
    return tracked(poolQuery, [statement, ...rest], statementStarted(sqlOf(statement)));
  };
  pool.on("connect", (client) => {
    const clientQuery = client.query.bind(client) as Query;
    (client as unknown as { query: Query }).query = (...args: unknown[]) => {
      const [statement] = args;
      if (statement && typeof statement === "object" && recordedByPool.has(statement)) return clientQuery(...args);
      return tracked(clientQuery, args, statementStarted(sqlOf(statement)));
    };
  });
  return pool;
}
