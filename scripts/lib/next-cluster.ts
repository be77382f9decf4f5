// `npm start` with several app processes (ROSTER_WORKERS > 1): this primary forks Next's own
// `next start` that many times with Node's cluster module, and every worker's server listens
// on the one port through it (connections shared out among the workers). Sessions, rate
// limits and everything a request needs live in PostgreSQL, so any worker may answer any
// request. One worker (the first) keeps the mail worker and the job runner as configured;
// the others run neither, so the machine has one of each. SIGTERM, SIGINT or SIGHUP stops
// every worker (each drains as `next start` does) and then the primary, so the port is free.
// A worker that dies while serving is replaced; one that dies before any is ready stops all.
//   node scripts/lib/next-cluster.ts WORKERS -- NODE_ARGS… -- NEXT_ARGS…   (from scripts/start.ts)
import cluster, { type Worker } from "node:cluster";
import { join } from "node:path";

const args = process.argv.slice(2);
const count = Number(args[0]);
const split = args.indexOf("--", 2);
const nodeArgs = args.slice(2, split);
const nextArgs = args.slice(split + 1);
const nextBin = join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

// Workers run Next as `next start` does, with the preloads start.ts chose, and not this
// file's TypeScript loader.
cluster.setupPrimary({ exec: nextBin, args: nextArgs, execArgv: nodeArgs });

const roles = new Map<Worker, number>();
let anyReady = false;
let stopping = false;

function fork(index: number): void {
  const worker = cluster.fork({
    ROSTER_WORKER_INDEX: String(index + 1),
    // The machine's one mail worker and one job runner, in the first worker only.
    ...(index === 0 ? {} : { MAIL_WORKER: "off", JOB_WORKER: "off" }),
  });
  roles.set(worker, index);
  worker.once("listening", () => (anyReady = true));
}

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const worker of roles.keys()) if (!worker.isDead()) worker.process.kill("SIGTERM");
  const done = () => {
    if ([...roles.keys()].every((worker) => worker.isDead())) process.exit(code);
  };
  cluster.on("exit", done);
  done();
}

cluster.on("exit", (worker, code, signal) => {
  const index = roles.get(worker)!;
  if (stopping) return;
  // A Ctrl-C reaches the workers too (one process group), maybe before this process: a
  // worker that stopped as asked means everything stops.
  if (code === 0 || signal === "SIGINT" || signal === "SIGTERM") return stopAll(0);
  roles.delete(worker);
  if (!anyReady) {
    console.error(`[roster] app process ${index + 1} stopped while starting (${signal ?? `exit code ${code}`}); stopping the others`);
    return stopAll(code || 1);
  }
  console.error(`[roster] app process ${index + 1} stopped (${signal ?? `exit code ${code}`}); starting another`);
  fork(index);
});

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stopAll(0));

for (let index = 0; index < count; index++) fork(index);
