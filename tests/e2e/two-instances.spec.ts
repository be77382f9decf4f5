// Two app processes on one PostgreSQL database, as behind a load balancer: a sign-in link
// asked for on one opens on the other when both have the same AUTH_SECRET (Auth.js hashes
// the emailed token with it), and the session it gives is accepted by both; a second
// `npm start` without AUTH_SECRET, which would generate a secret of its own, refuses to
// start with its explanation. Instance A is the suite's server; B is a production server on
// the same build (.next-e2e) started here as `npm start` starts Next (scripts/start.ts: the
// body gate and the request log in front of it), so its log lines are read too.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, newPage, test } from "./support/fixtures";
import { mailboxSnapshot, readLatestEmail } from "./support/mailbox";
import { confirmSignIn, uniqueEmail } from "./support/auth";

const root = process.cwd();
const dataDir = () => process.env.E2E_DATA_DIR!;
const runtime = () => JSON.parse(readFileSync(join(dataDir(), "runtime.json"), "utf8")) as { databaseUrl: string };
/** A's secret: the one it was given, or the one it generated into its data folder. */
const secretOfA = () => process.env.AUTH_SECRET || readFileSync(join(dataDir(), "auth-secret"), "utf8").trim();

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

type Instance = { url: string; logs: () => Record<string, unknown>[]; output: () => string; stop(): Promise<void> };

async function startInstanceB(folder: string): Promise<Instance> {
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
      DATABASE_URL: runtime().databaseUrl,
      AUTH_SECRET: secretOfA(),
      APP_URL: url,
      AUTH_URL: url,
      ROSTER_DATA_DIR: folder,
      // One mail worker and one job runner for the database: A's.
      MAIL_WORKER: "off",
      JOB_WORKER: "off",
      SMTP_URL: "smtp://127.0.0.1:1",
      LOG_FORMAT: "json",
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

// Made in the test worker, not when Playwright's runner reads this file to list its tests.
let folder: string;
let b: Instance;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "roster-instance-b-"));
  b = await startInstanceB(folder);
});
test.afterAll(async () => {
  await b?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test("a sign-in link asked for on A opens on B, and the session works on both; B logs the request without its secrets", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("two-instances");
  // On A: ask for the link, read it from A's mail capture.
  const seen = await mailboxSnapshot(page, email);
  await page.goto("/signin");
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByRole("button", { name: /sign-in link/i }).click();
  await expect(page.getByRole("heading", { name: /check your email/i })).toBeVisible();
  const { links } = await readLatestEmail(page, email, undefined, seen);
  const link = new URL(links.find((href) => href.includes("/signin/confirm?"))!);
  const token = link.searchParams.get("token")!;
  expect(token).toBeTruthy();

  // On B: a browser that never saw A opens the same link, and is signed in.
  const onB = await newPage(browser, { baseURL: b.url });
  await confirmSignIn(onB, `${b.url}${link.pathname}${link.search}`);
  expect(new URL(onB.url()).origin).toBe(b.url);
  const sessionOnB = await onB.request.get(`${b.url}/api/auth/session`);
  expect((await sessionOnB.json()).user?.email).toBe(email);

  // The same cookie on A: one database of sessions, one secret.
  const cookie = (await onB.context().cookies(b.url)).find((c) => /session-token$/.test(c.name))!;
  expect(cookie).toBeDefined();
  const sessionOnA = await page.request.get("/api/auth/session", { headers: { cookie: `${cookie.name}=${cookie.value}` } });
  expect((await sessionOnA.json()).user?.email).toBe(email);

  // B's log: one line per request with method, route pattern, status, ms (and the org's slug);
  // never the token, the address or a query string; nothing for the probes, which answer no
  // matter how often they are asked.
  for (let i = 0; i < 30; i++) expect((await onB.request.get(`${b.url}/api/health`)).status()).toBe(200);
  expect([200, 503]).toContain((await onB.request.get(`${b.url}/api/ready`)).status());
  await onB.request.get(`${b.url}/orgs/acme/contacts?q=${encodeURIComponent(email)}`, { maxRedirects: 0 });
  await expect.poll(() => b.logs().some((line) => line.route === "/orgs/[slug]/contacts")).toBe(true);
  const requests = b.logs().filter((line) => line.msg === "request");
  expect(requests.find((line) => line.route === "/api/auth/callback/nodemailer")).toMatchObject({
    level: 30,
    method: "GET",
    status: 302,
    ms: expect.any(Number),
  });
  expect(requests.find((line) => line.route === "/orgs/[slug]/contacts")).toMatchObject({
    method: "GET",
    org: "acme",
    status: expect.any(Number),
  });
  expect(requests.filter((line) => /^\/api\/(health|ready)/.test(String(line.route)))).toEqual([]);
  for (const line of requests) expect(Object.keys(line).sort()).toEqual(expect.arrayContaining(["method", "ms", "route", "status"]));
  expect(b.output()).not.toContain(token);
  expect(b.output()).not.toContain(email);
  expect(b.output()).not.toContain(encodeURIComponent(email));
  expect(b.output()).not.toMatch(/[?&](token|email|q)=/);
  await onB.context().close();
});

test("a second npm start on the same database without AUTH_SECRET refuses to start, with its explanation and exit code 2", async () => {
  const port = await freePort();
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        DATABASE_URL: runtime().databaseUrl,
        // Its own data folder: it would generate a secret of its own there.
        ROSTER_DATA_DIR: join(folder, "second"),
        PORT: String(port),
        SMTP_URL: "smtp://127.0.0.1:1",
        SEED_DEMO: "off",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("exit", (code) => done({ code, stdout, stderr }));
  });
  expect(result.code).toBe(2);
  expect(result.stderr.trim().split("\n")).toEqual([
    expect.stringMatching(
      /^\[roster\] AUTH_SECRET is not set, and this database \(DATABASE_URL\) is already used by an instance with another secret/,
    ),
  ]);
  expect(result.stdout).not.toMatch(/ready after/);
  // Stopped before serving: it never wrote where its instance runs.
  expect(existsSync(join(folder, "second", "runtime.json"))).toBe(false);
});
