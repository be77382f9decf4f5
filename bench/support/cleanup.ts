// What a benchmark leaves behind (a temporary PostgreSQL cluster of hundreds of MB, a
// server) is removed when it is interrupted (Ctrl-C, SIGTERM) or crashes, not only when it
// ends well: each resource registers its removal here while it exists.
type Task = () => Promise<void>;

const tasks = new Set<Task>();
let exiting: Promise<never> | null = null;
let installed = false;

/** Whether the run is being stopped by a signal or a crash (its own errors are then noise). */
export const interrupted = () => exiting !== null;

/** Runs every registered removal, newest first, then exits with the code; later calls wait for the first. */
function cleanUpAndExit(code: number, why: string): Promise<never> {
  exiting ??= (async () => {
    console.error(`${why}: removing the benchmark's temporary cluster and server…`);
    for (const task of [...tasks].reverse()) await task().catch((error) => console.error(error));
    process.exit(code);
  })();
  return exiting;
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on("SIGINT", () => void cleanUpAndExit(130, "interrupted"));
  process.on("SIGTERM", () => void cleanUpAndExit(143, "terminated"));
  const crash = (error: unknown) => {
    // A connection the stopping cluster cut is expected then, not a second crash.
    if (exiting) return;
    console.error(error);
    void cleanUpAndExit(1, "crashed");
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
}

/** Registers a removal to run if the process is interrupted or crashes; returns its withdrawal. */
export function removeOnInterrupt(task: Task): () => void {
  install();
  tasks.add(task);
  return () => void tasks.delete(task);
}

/** The run's end: exit (0, or the exitCode it set), or print the error (unless an interruption is already cleaning up) and exit 1. */
export function finish(run: Promise<void>): void {
  run.then(
    // process.exitCode: a run may finish with figures that failed their check.
    () => process.exit(),
    (error) => {
      if (exiting) return;
      console.error(error);
      process.exit(1);
    },
  );
}
