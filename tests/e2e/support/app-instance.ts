// A production app process of the suite's build (.next-e2e), started as `npm start` starts
// Next (scripts/start.ts: the body gate and the request log in front of it), for tests that
// need more than the suite's one server: its own port, the environment the test gives it
// (database, secret, mail server, workers) and its output to read.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect } from "./fixtures";

export type AppInstance = {
  url: string;
  /** Its JSON log lines (LOG_FORMAT=json). */
  logs: () => Record<string, unknown>[];
  /** Everything it wrote, stdout and stderr. */
  output: () => string;
  stop(): Promise<void>;
};

export const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** Starts one and waits until Next says it is ready; `env` adds to a minimal environment. */
export async function startAppInstance(env: Record<string, string>): Promise<AppInstance> {
  const root = process.cwd();
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const gate = pathToFileURL(join(root, "scripts", "lib", "next-server-gate.mjs")).href;
  const next = join(root, "node_modules", "next", "dist", "bin", "next");
  const child: ChildProcess = spawn(process.execPath, ["--import", gate, next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      NEXT_DIST_DIR: ".next-e2e",
      APP_URL: url,
      AUTH_URL: url,
      LOG_FORMAT: "json",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  await expect.poll(() => child.exitCode ?? (/Ready in/.test(output) ? "ready" : "starting"), { timeout: 60_000 }).toBe("ready");
  return {
    url,
    output: () => output,
    logs: () =>
      output
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}
