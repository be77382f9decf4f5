// What the benchmarks share: a throw-away PostgreSQL, the production build (in its own
// folder, .next-bench, so a running `npm start` or an e2e run keeps theirs), the server,
// and signed-in sessions.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { tokenHash } from "../lib/crypto/token-hash";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "../scripts/lib/embedded-postgres";
import { freePort } from "../scripts/lib/free-port";
import { appServerCommand, productionNodeArgs } from "../scripts/lib/app-server-command";
import { buildIsCurrent, sourceFingerprint, writeBuildStamp } from "../scripts/lib/build-stamp";
import { migrate } from "../lib/db/migrate";
import { createDb, type Db } from "../lib/db/prisma";
import { removeOnInterrupt } from "./support/cleanup";

export const BENCH_DIST_DIR = ".next-bench";
// build-stamp.ts and next.config.ts read the build folder from the configuration.
process.env.NEXT_DIST_DIR = BENCH_DIST_DIR;

const nextBin = join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

/** A throw-away cluster in a temporary folder (`dataDir`), removed by stop() or on interruption. */
export type BenchDatabase = { url: string; dataDir: string; db: Db; stop(): Promise<void> };

export async function startBenchDatabase(): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "roster-bench-"));
  let pg: RunningPostgres | null = null;
  let removal: Promise<void> | null = null;
  // Once, whoever asks first (the run's end or an interruption): PostgreSQL's fast shutdown
  // ends the sessions still open (a seeding transaction), then the folder goes.
  const remove = () =>
    (removal ??= (async () => {
      try {
        await pg?.stop();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    })());
  const withdraw = removeOnInterrupt(remove);
  try {
    pg = await startEmbeddedPostgres({ dataDir: join(dataDir, "pg"), persistent: false });
    await pg.createDatabase("bench");
    const url = pg.urlFor("bench");
    await migrate(url);
    const db = createDb(url);
    return {
      url,
      dataDir,
      db,
      async stop() {
        await db.$disconnect();
        await remove();
        withdraw();
      },
    };
  } catch (error) {
    await remove();
    withdraw();
    throw error;
  }
}

/** Builds the app into .next-bench unless that build matches the sources. */
export async function ensureProductionBuild(log: (line: string) => void): Promise<void> {
  const root = process.cwd();
  const fingerprint = sourceFingerprint(root);
  if (buildIsCurrent(root, fingerprint)) return;
  log(`building the app into ${BENCH_DIST_DIR} (sources changed)…`);
  // Not spawnSync: a Ctrl-C during the build must reach the cleanup (bench/support/cleanup.ts).
  const build = spawn(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  const withdraw = removeOnInterrupt(async () => {
    if (build.exitCode === null && build.signalCode === null) build.kill("SIGTERM");
  });
  const status = await new Promise<number | null>((done) => build.once("exit", done));
  withdraw();
  if (status !== 0) throw new Error("the build failed");
  writeBuildStamp(root, fingerprint);
}

/** Node flags to try on the server after npm start's own (a later V8 flag wins), e.g. BENCH_SERVER_NODE_ARGS="--max-semi-space-size=16". */
function serverNodeArgs(): string[] {
  return (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
}

export type BenchServer = {
  baseUrl: string;
  /** The server's CPU time and garbage collector's pauses so far, in ms (see usage()). */
  usage(): Promise<ServerUsage>;
  stop(): Promise<void>;
};
/** A process's JavaScript heap: in use (garbage not yet collected included) and reserved, MB. */
export type HeapFigures = { usedMb: number; totalMb: number };
export type ServerUsage = {
  cpuMs: number;
  gcMs: number;
  /** Each app process's resident memory, MB. */
  rssMb: number[];
  heap: HeapFigures[];
};

const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/** User plus system CPU time of a process, from /proc/<pid>/stat (Linux), in ms. */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

export type ServerOptions = {
  /** Environment beyond the bench's own (DATABASE_URL, a secret, no mail worker, production). */
  env?: Record<string, string>;
  /** Node flags for the app process(es), e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** App processes behind the port, as `npm start` runs them (scripts/lib/next-cluster.ts); 1 is one `next start`. */
  workers?: number;
  /** Statements counted for requests that ask (lib/db/sql-count.ts): off, as `npm start`, when load is measured. */
  countSql?: boolean;
};

/**
 * The app on the bench build as `npm start` serves it: the request body gate in front of Next
 * (scripts/lib/next-server-gate.mjs) and, with several workers, the cluster primary. Each app
 * process also loads the collector meter (bench/support/gc-meter.mjs).
 */
export async function startServer(databaseUrl: string, options: ServerOptions = {}): Promise<BenchServer> {
  const { env = {}, nodeArgs = [], workers = 1, countSql = true } = options;
  const port = await freePort();
  // The garbage collector's pauses, one file per app process, written on SIGUSR2.
  const gcDir = mkdtempSync(join(tmpdir(), "roster-bench-gc-"));
  const gcMeter = join(process.cwd(), "bench", "support", "gc-meter.mjs");
  const appArgs = ["--import", gcMeter, ...productionNodeArgs(process.cwd()), ...serverNodeArgs(), ...nodeArgs];
  const server: ChildProcess = spawn(
    process.execPath,
    appServerCommand(process.cwd(), workers, appArgs, ["start", "-p", String(port), "-H", "127.0.0.1"]),
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: randomBytes(24).toString("hex"),
        APP_URL: `http://127.0.0.1:${port}`,
        MAIL_WORKER: "off",
        NODE_ENV: "production",
        ROSTER_SQL_COUNT: countSql ? "on" : "off",
        ROSTER_BENCH_GC_DIR: gcDir,
        ...env,
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const stop = () =>
    new Promise<void>((done) => {
      if (server.exitCode !== null || server.signalCode !== null) return done();
      server.once("exit", () => done());
      server.kill("SIGTERM");
    });
  const withdraw = removeOnInterrupt(stop);
  await new Promise<void>((ready, failed) => {
    let readyCount = 0;
    server.stdout!.on("data", (chunk: Buffer) => {
      readyCount += chunk.toString().match(/Ready/g)?.length ?? 0;
      if (readyCount >= workers) ready();
    });
    server.once("exit", (code) => failed(new Error(`next start exited (${code})`)));
  });
  // The processes that serve: the one `next start`, or the cluster's workers (and its primary, for CPU).
  const appPids = (): number[] => (workers > 1 ? childPids(server.pid!) : [server.pid!]);
  // null while the file is missing or being written.
  type Meter = { seq: number; gcMs: number; heap: HeapFigures };
  const readGc = (pid: number): Meter | null => {
    try {
      return JSON.parse(readFileSync(join(gcDir, `${pid}.json`), "utf8")) as Meter;
    } catch {
      return null;
    }
  };
  const meter = async (pid: number): Promise<Meter> => {
    const before = readGc(pid)?.seq ?? 0;
    process.kill(pid, "SIGUSR2");
    for (let i = 0; i < 100; i++) {
      await new Promise((done) => setTimeout(done, 20));
      const read = readGc(pid);
      if (read && read.seq > before) return read;
    }
    throw new Error("the server did not report its garbage collection (bench/support/gc-meter.mjs)");
  };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    usage: async () => {
      const pids = appPids();
      const meters = await Promise.all(pids.map(meter));
      const all = workers > 1 ? [server.pid!, ...pids] : pids;
      return {
        cpuMs: all.reduce((sum, pid) => sum + processCpuMs(pid), 0),
        gcMs: meters.reduce((sum, m) => sum + m.gcMs, 0),
        rssMb: pids.map((pid) => processRssMb(pid)),
        heap: meters.map((m) => m.heap),
      };
    },
    stop: async () => {
      await stop();
      withdraw();
      rmSync(gcDir, { recursive: true, force: true });
    },
  };
}

/** The child processes of a process (Linux: /proc/<pid>/task/<tid>/children). */
function childPids(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
    readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter(Boolean).map(Number),
  );
}

/** A process's resident memory, from /proc/<pid>/status, in MB. */
function processRssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb ?? 0) / 1024;
}

/** A session of the user with this email, as the Cookie header of a signed-in browser. */
export async function sessionCookie(db: Db, email: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({
    data: { sessionToken: tokenHash(sessionToken), userId: user.id, expires: new Date(Date.now() + 30 * 86_400_000) },
  });
  return `authjs.session-token=${sessionToken}`;
}

/** The machine's load, to print beside figures measured on a shared machine. */
export const machineLoad = () =>
  `load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(", ")} (1, 5, 15 min)`;
