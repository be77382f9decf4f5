// `npm start` with several app processes behind its one port (ROSTER_WORKERS, Node's cluster
// module: scripts/lib/next-cluster.ts), on the suite's build and database: requests on fresh
// connections are shared out among the processes and a session works on every one of them
// (sessions and everything else a request needs are in PostgreSQL); the first process alone
// runs the mail worker and the job runner; one killed is replaced; Ctrl-C stops them all,
// and a second `npm start` finds the port free (and stops as wholly on a terminal's Ctrl-C).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./support/fixtures";
import { sessionCookieOf } from "./support/session";

const dataDir = () => process.env.E2E_DATA_DIR!;
const runtime = () => JSON.parse(readFileSync(join(dataDir(), "runtime.json"), "utf8")) as { databaseUrl: string };
const secret = () => process.env.AUTH_SECRET || readFileSync(join(dataDir(), "auth-secret"), "utf8").trim();

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
const portIsFree = (port: number) =>
  new Promise<boolean>((done) => {
    const server = createServer();
    server.once("error", () => done(false));
    server.listen(port, "127.0.0.1", () => server.close(() => done(true)));
  });

/** The processes whose parent is `pid`. */
const childrenOf = (pid: number): number[] =>
  readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // The parent's pid is the 4th field, after the command name in parentheses.
        return Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
const environOf = (pid: number) =>
  Object.fromEntries(
    readFileSync(`/proc/${pid}/environ`, "utf8")
      .split("\0")
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
  );
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A GET on a connection of its own (no keep-alive), so each may reach another process. */
const get = (url: string, cookie: string) =>
  new Promise<number>((done, failed) => {
    http
      .get(url, { agent: false, headers: { cookie } }, (response) => {
        response.resume();
        response.once("end", () => done(response.statusCode!));
      })
      .once("error", failed);
  });

test("npm start with ROSTER_WORKERS=2: both processes serve one port, one runs the mail worker and the jobs, Ctrl-C stops all and a second start finds the port free", async () => {
  const folder = mkdtempSync(join(tmpdir(), "roster-processes-"));
  const port = await freePort();
  /** `npm start` with two app processes on `port`; `detached`: in a process group of its own, as in a terminal. */
  const launch = (detached = false) => {
    const run = { output: "" };
    const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: process.cwd(),
      detached,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        NEXT_DIST_DIR: ".next-e2e",
        DATABASE_URL: runtime().databaseUrl,
        AUTH_SECRET: secret(),
        ROSTER_DATA_DIR: folder,
        PORT: String(port),
        ROSTER_HOST: "127.0.0.1",
        APP_URL: `http://127.0.0.1:${port}`,
        SMTP_URL: "smtp://127.0.0.1:1",
        SEED_DEMO: "off",
        LOG_FORMAT: "json",
        ROSTER_WORKERS: "2",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (chunk) => (run.output += chunk));
    child.stderr!.on("data", (chunk) => (run.output += chunk));
    return Object.assign(run, { child });
  };
  const first = launch();
  const start = first.child;
  let again: ReturnType<typeof launch> | undefined;
  try {
    await expect
      .poll(() => start.exitCode ?? (/ready after [\d.]+ s \(2 app processes/.test(first.output) ? "ready" : "starting"), {
        timeout: 90_000,
      })
      .toBe("ready");

    const commandOf = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, "utf8");
    // Beside tsx's esbuild service: the cluster's primary, and its app processes.
    const primary = childrenOf(start.pid!).find((pid) => commandOf(pid).includes("next-cluster"))!;
    expect(primary).toBeDefined();
    const workers = childrenOf(primary).filter((pid) => "ROSTER_WORKER_INDEX" in environOf(pid));
    expect(workers).toHaveLength(2);
    const roles = workers.map(environOf).map((env) => ({
      index: env.ROSTER_WORKER_INDEX,
      mail: env.MAIL_WORKER ?? "on",
      jobs: env.JOB_WORKER ?? "on",
    }));
    expect(roles.sort((a, b) => a.index.localeCompare(b.index))).toEqual([
      { index: "1", mail: "on", jobs: "on" },
      { index: "2", mail: "off", jobs: "off" },
    ]);

    const { cookie } = await sessionCookieOf("admin@acme.test");
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push(await get(`http://127.0.0.1:${port}/orgs/acme`, cookie));
    expect(new Set(statuses)).toEqual(new Set([200]));
    const served = () =>
      first.output
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as { msg?: string; route?: string; status?: number; worker?: number })
        .filter((line) => line.msg === "request" && line.route === "/orgs/[slug]");
    await expect.poll(() => served().length).toBe(20);
    // The signed-in page, 200 on both processes: the session is in the database, not in one process.
    expect(new Set(served().map((line) => `${line.worker} ${line.status}`))).toEqual(new Set(["1 200", "2 200"]));

    // A process that dies while serving is replaced, in its role; the port keeps answering.
    const second = workers.find((pid) => environOf(pid).ROSTER_WORKER_INDEX === "2")!;
    process.kill(second, "SIGKILL");
    const replacement = () =>
      childrenOf(primary).find(
        (pid) => pid !== second && environOf(pid).ROSTER_WORKER_INDEX === "2" && (first.output.match(/Ready in/g)?.length ?? 0) >= 3,
      );
    await expect.poll(() => replacement() !== undefined && alive(replacement()!), { timeout: 60_000 }).toBe(true);
    expect(environOf(replacement()!)).toMatchObject({ MAIL_WORKER: "off", JOB_WORKER: "off" });
    for (let i = 0; i < 4; i++) expect(await get(`http://127.0.0.1:${port}/api/health`, cookie)).toBe(200);
    expect(first.output).toMatch(/app process 2 stopped \(SIGKILL\); starting another/);
    workers.splice(workers.indexOf(second), 1, replacement()!);

    start.kill("SIGINT");
    const code = await new Promise<number | null>((done) => start.once("exit", done));
    expect(code).toBe(0);
    expect([primary, ...workers].filter(alive)).toEqual([]);
    expect(await portIsFree(port)).toBe(true);

    // A second `npm start` on the same port finds it free and serves. Ctrl-C in its terminal
    // sends SIGINT to the whole process group at once (start.ts, the cluster's primary, every
    // app process), not to start.ts alone as above: that stops everything too.
    const restarted = (again = launch(true));
    await expect
      .poll(() => restarted.child.exitCode ?? (/ready after [\d.]+ s \(2 app processes/.test(restarted.output) ? "ready" : "starting"), {
        timeout: 90_000,
      })
      .toBe("ready");
    expect(restarted.output).not.toMatch(/already in use/);
    expect(await get(`http://127.0.0.1:${port}/api/health`, "")).toBe(200);
    const secondPrimary = childrenOf(restarted.child.pid!).find((pid) => commandOf(pid).includes("next-cluster"))!;
    const secondTree = [restarted.child.pid!, secondPrimary, ...childrenOf(secondPrimary)];
    expect(secondTree).toHaveLength(4);
    process.kill(-restarted.child.pid!, "SIGINT");
    expect(await new Promise<number | null>((done) => restarted.child.once("exit", done))).toBe(0);
    await expect.poll(() => secondTree.filter(alive)).toEqual([]);
    expect(await portIsFree(port)).toBe(true);
  } finally {
    if (start.exitCode === null) start.kill("SIGKILL");
    if (again && again.child.exitCode === null) process.kill(-again.child.pid!, "SIGKILL");
    rmSync(folder, { recursive: true, force: true });
  }
});
