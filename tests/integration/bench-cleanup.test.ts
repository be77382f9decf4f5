// The benchmarks as a person runs them (`npm run bench`, `npm run bench:weight`): a
// mistyped flag or --help answers at once, before any cluster is made; and the temporary
// PostgreSQL cluster of a run is gone after Ctrl-C or SIGTERM during the seeding, and after
// a run that fails, with its PostgreSQL stopped.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The runs' TMPDIR: their temporary clusters are made here, and must be gone after.
const temp = mkdtempSync(join(tmpdir(), "roster-bench-cleanup-"));
// The PostgreSQL OS user walks through it to its cluster.
chmodSync(temp, 0o755);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Run = {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: string | null }>;
};

function bench(script: string, args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: process.cwd(),
    env: { ...process.env, TMPDIR: temp, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: string | null }>((done) =>
    child.once("exit", (code, signal) => done({ code, signal })),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

const clusters = () => readdirSync(temp).filter((name) => name.startsWith("roster-bench-"));

/** Resolves when the run's output matches, or rejects when it exits first. */
function waitFor(run: Run, pattern: RegExp, ms = 90_000): Promise<void> {
  return new Promise((done, failed) => {
    const timer = setTimeout(() => failed(new Error(`no ${pattern} within ${ms} ms:\n${run.stdout()}\n${run.stderr()}`)), ms);
    const check = () => {
      if (pattern.test(run.stdout())) {
        clearTimeout(timer);
        done();
      }
    };
    run.child.stdout!.on("data", check);
    void run.exit.then(() => {
      clearTimeout(timer);
      failed(new Error(`exited before ${pattern}:\n${run.stdout()}\n${run.stderr()}`));
    });
  });
}

/** Whether a process runs whose command line names this folder (the cluster's postgres). */
const postgresRunsIn = (folder: string) =>
  readdirSync("/proc")
    .filter((pid) => /^\d+$/.test(pid))
    .some((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(folder);
      } catch {
        return false;
      }
    });

describe("command lines", () => {
  it.each([
    ["bench/index.ts", "npm run bench"],
    ["bench/page-weight.ts", "npm run bench:weight"],
  ])(
    "%s: --help prints the usage, exit 0; an unknown flag is one line naming it and the usage, exit 2",
    async (script, command) => {
      const help = bench(script, ["--help"]);
      expect(await help.exit).toEqual({ code: 0, signal: null });
      expect(help.stdout()).toMatch(new RegExp(`^usage: ${command}`));
      expect(help.stderr()).toBe("");

      const wrong = bench(script, ["--lod"]);
      expect(await wrong.exit).toEqual({ code: 2, signal: null });
      const [first, ...usage] = wrong.stderr().trim().split("\n");
      expect(first).toBe(`${command}: unknown option '--lod'`);
      expect(usage[0]).toMatch(new RegExp(`^usage: ${command}`));
      expect(wrong.stdout()).toBe("");
      expect(clusters()).toEqual([]);
    },
    60_000,
  );

  it("npm run bench: a load option without --load (or --api), or a duration that is no number, exit 2", async () => {
    const alone = bench("bench/index.ts", ["--duration=5"]);
    expect((await alone.exit).code).toBe(2);
    expect(alone.stderr().split("\n")[0]).toBe("npm run bench: --duration goes with --load or --api");
    const nan = bench("bench/index.ts", ["--load", "--duration=soon"]);
    expect((await nan.exit).code).toBe(2);
    expect(nan.stderr().split("\n")[0]).toBe("npm run bench: --duration must be a positive whole number, not 'soon'");
  }, 60_000);
});

describe("the temporary cluster", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "is removed, its PostgreSQL stopped, when %s arrives during the seeding (exit %i)",
    async (signal, code) => {
      const run = bench("bench/index.ts", []);
      // The first progress line: the seeding's transaction is open, with thousands of rows to go.
      await waitFor(run, /seeding: \w+ [\d,]+\/[\d,]+ rows \(\d+\.\d s\)/);
      const [cluster] = clusters();
      expect(cluster).toBeDefined();
      const folder = join(temp, cluster);
      expect(postgresRunsIn(folder)).toBe(true);

      run.child.kill(signal);
      expect(await run.exit).toEqual({ code, signal: null });
      expect(existsSync(folder)).toBe(false);
      expect(clusters()).toEqual([]);
      expect(postgresRunsIn(folder)).toBe(false);
      expect(run.stderr()).toMatch(/removing the benchmark's temporary cluster/);
      // Neither the cut connection's error nor a stack trace.
      expect(run.stderr()).not.toMatch(/\n\s+at /);
    },
    150_000,
  );

  it("is removed when the run fails", async () => {
    const run = bench("bench/index.ts", [], { BENCH_CONTACTS: "-1" });
    expect((await run.exit).code).toBe(1);
    expect(run.stderr()).toMatch(/contacts must be a non-negative integer/);
    expect(clusters()).toEqual([]);
  }, 150_000);
});
