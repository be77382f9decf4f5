// Two app processes on one PostgreSQL database, as behind a load balancer (the scale-out
// proof): B and C, separate processes on separate ports, both with their mail worker and job
// runner on, share nothing but the database and AUTH_SECRET. A sign-in link asked for on B
// opens on C and its session works on both; a rate limit counts the requests of both; a job
// due once runs once; every email is delivered exactly once; a user removed on one is refused
// on the other at the next request.
//
// A Playwright file in the integration layer: the instances are `next start` servers of a
// production build, and Playwright's web server (playwright.config.ts, project "scale-out")
// makes that build and the PostgreSQL server both share; scripts/test.ts runs this project
// right after the vitest files of the integration layer. The e2e layer then reuses the build.
//
// B and C run on a database of their own on the suite's PostgreSQL server (created and
// migrated here), so they are its only mail workers and job runners (the suite's server has
// its own database) and every email they send reaches this test's SMTP capture, where it is
// counted. A last test checks that a second `npm start` without AUTH_SECRET on the suite's
// database refuses to start.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "@/lib/db/migrate";
import { startCaptureSmtpServer, type CaptureSmtpServer } from "@/lib/mail/capture-server";
import { expect, newPage, test } from "../../e2e/support/fixtures";
import { mailboxSnapshot, readLatestEmail } from "../../e2e/support/mailbox";
import { confirmSignIn, uniqueEmail } from "../../e2e/support/auth";
import { appDatabaseUrl, withAppDatabase } from "../../e2e/support/database";
import { startAppInstance, freePort, type AppInstance } from "../../e2e/support/app-instance";
import { capturedCount, capturedRecipients } from "../../e2e/support/captured-mail";
import { createOrgWithEveryRole, type OrgWithEveryRole } from "../../e2e/support/org-with-every-role";
import { addApiKey, queueDueDeletion } from "../../e2e/support/scale-out-data";

/** Sign-in emails per mailbox per 15 minutes, on both instances: small, to reach it. */
const SIGN_IN_LIMIT = 3;

// Made in the test worker, not when Playwright's runner reads this file to list its tests.
let folder: string;
let databaseName: string;
let databaseUrl: string;
let capture: CaptureSmtpServer;
let mailDir: string;
let org: OrgWithEveryRole;
let due: { slug: string; jobId: string };
let b: AppInstance;
let c: AppInstance;

const inScaleDatabase = <T>(work: Parameters<typeof withAppDatabase<T>>[0]) => withAppDatabase(work, databaseUrl);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  folder = mkdtempSync(join(tmpdir(), "roster-two-instances-"));
  databaseName = `roster_scale_${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  await withAppDatabase((client) => client.query(`CREATE DATABASE ${databaseName}`));
  databaseUrl = appDatabaseUrl().replace(/\/[^/?]+(\?|$)/, `/${databaseName}$1`);
  await migrate(databaseUrl);
  org = await createOrgWithEveryRole({ contacts: 3, databaseUrl });
  // Due before either starts: each job runner asks for jobs as it starts, so both race for it.
  due = await queueDueDeletion(databaseUrl);
  mailDir = join(folder, "mailbox");
  capture = await startCaptureSmtpServer({ dir: mailDir });
  const secret = randomBytes(32).toString("base64url");
  const instance = (name: string) => {
    mkdirSync(join(folder, name));
    return startAppInstance({
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: secret,
      ROSTER_DATA_DIR: join(folder, name),
      SMTP_URL: capture.url,
      // Each one's /dev/mailbox reads the capture, for the sign-in link.
      MAIL_CAPTURE_DIR: mailDir,
      ROSTER_MAILBOX: "on",
      SIGN_IN_EMAILS_PER_15_MIN: String(SIGN_IN_LIMIT),
      MAIL_WORKER: "on",
      JOB_WORKER: "on",
    });
  };
  [b, c] = await Promise.all([instance("b"), instance("c")]);
});

test.afterAll(async () => {
  await Promise.all([b?.stop(), c?.stop()]);
  await capture?.stop();
  if (databaseName) await withAppDatabase((client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Asks `instance` for a sign-in link to `email` through its sign-in page. */
async function askForSignInLink(page: Awaited<ReturnType<typeof newPage>>, instance: AppInstance, email: string) {
  await page.goto(`${instance.url}/signin`);
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByRole("button", { name: /sign-in link/i }).click();
  await expect(page.getByRole("heading", { name: /check your email/i })).toBeVisible();
}

test("a sign-in link asked for on B opens on C, and the session works on both; the instances log requests without their secrets", async ({
  browser,
}) => {
  const email = uniqueEmail("two-instances");
  const onB = await newPage(browser, { baseURL: b.url });
  const seen = await mailboxSnapshot(onB, email);
  await askForSignInLink(onB, b, email);
  const { links } = await readLatestEmail(onB, email, undefined, seen);
  const link = new URL(links.find((href) => href.includes("/signin/confirm?"))!);
  const token = link.searchParams.get("token")!;
  expect(token).toBeTruthy();

  // On C: a browser that never saw B opens the same link, and is signed in.
  const onC = await newPage(browser, { baseURL: c.url });
  await confirmSignIn(onC, `${c.url}${link.pathname}${link.search}`);
  expect(new URL(onC.url()).origin).toBe(c.url);
  expect((await (await onC.request.get(`${c.url}/api/auth/session`)).json()).user?.email).toBe(email);

  // The same cookie on B: one database of sessions, one secret.
  const cookie = (await onC.context().cookies(c.url)).find((entry) => /session-token$/.test(entry.name))!;
  expect(cookie).toBeDefined();
  const sessionOnB = await onB.request.get(`${b.url}/api/auth/session`, { headers: { cookie: `${cookie.name}=${cookie.value}` } });
  expect((await sessionOnB.json()).user?.email).toBe(email);

  // The logs: one line per request with method, route pattern, status, ms (and the org's
  // slug); never the token, the address or a query string; nothing for the probes.
  for (let i = 0; i < 30; i++) expect((await onC.request.get(`${c.url}/api/health`)).status()).toBe(200);
  expect([200, 503]).toContain((await onC.request.get(`${c.url}/api/ready`)).status());
  await onC.request.get(`${c.url}/orgs/${org.slug}/contacts?q=${encodeURIComponent(email)}`, { maxRedirects: 0 });
  await expect.poll(() => c.logs().some((line) => line.route === "/orgs/[slug]/contacts")).toBe(true);
  const requests = c.logs().filter((line) => line.msg === "request");
  expect(requests.find((line) => line.route === "/api/auth/callback/nodemailer")).toMatchObject({
    level: 30,
    method: "GET",
    status: 302,
    ms: expect.any(Number),
  });
  expect(requests.find((line) => line.route === "/orgs/[slug]/contacts")).toMatchObject({
    method: "GET",
    org: org.slug,
    status: expect.any(Number),
  });
  expect(requests.filter((line) => /^\/api\/(health|ready)/.test(String(line.route)))).toEqual([]);
  for (const line of requests) expect(Object.keys(line).sort()).toEqual(expect.arrayContaining(["method", "ms", "route", "status"]));
  for (const instance of [b, c]) {
    expect(instance.output()).not.toContain(token);
    expect(instance.output()).not.toContain(email);
    expect(instance.output()).not.toContain(encodeURIComponent(email));
    expect(instance.output()).not.toMatch(/[?&](token|email|q)=/);
  }
  await onB.context().close();
  await onC.context().close();
});

test("the sign-in limit of one mailbox counts the requests made on both instances", async ({ browser }) => {
  const email = uniqueEmail("two-instances-limit");
  const page = await newPage(browser);
  // One more than the limit, alternating: each instance alone sees at most two.
  for (let i = 0; i <= SIGN_IN_LIMIT; i++) await askForSignInLink(page, i % 2 === 0 ? b : c, email);
  // The outbox row is written in the request's transaction: the count is final now.
  const { rows } = await inScaleDatabase((client) =>
    client.query(`SELECT count(*)::int AS n FROM "EmailOutbox" WHERE "toEmail" = $1`, [email]),
  );
  expect(rows[0].n).toBe(SIGN_IN_LIMIT);
  await expect.poll(() => capturedCount(mailDir, email)).toBe(SIGN_IN_LIMIT);
  // The last request, on C (the 4th, i = 3), is the one refused.
  expect(c.output()).toContain("sign-in emails to one mailbox over the limit");
  expect(b.output()).not.toContain("sign-in emails to one mailbox over the limit");
  await page.context().close();
});

test("a deletion job due once, with both job runners racing for it, runs once", async () => {
  // Gone from the database: one of them ran it.
  await expect
    .poll(
      () => inScaleDatabase(async (client) => (await client.query(`SELECT 1 FROM "Organization" WHERE slug = $1`, [due.slug])).rowCount),
      {
        timeout: 60_000,
      },
    )
    .toBe(0);
  // Marked done once its handler returned, which logs the deletion first.
  const state = () =>
    inScaleDatabase(async (client) => (await client.query(`SELECT state FROM pgboss.job WHERE id = $1`, [due.jobId])).rows);
  await expect.poll(state).toEqual([{ state: "completed" }]);
  // One instance logged the deletion, once (lib/jobs/organization-deletions-job.ts).
  const line = `[jobs] organization ${due.slug} deleted`;
  const runs = [b, c].map((instance) => instance.output().split(line).length - 1);
  expect(runs.sort()).toEqual([0, 1]);
});

test("every email is delivered exactly once while both mail workers run", async () => {
  const count = 400;
  const tag = `burst-${Date.now().toString(36)}`;
  // Both workers are up: each holds its LISTEN connection to the database.
  const listening = await inScaleDatabase(
    async (client) =>
      (
        await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query = $1`, [
          "LISTEN email_outbox",
        ])
      ).rows[0].n,
  );
  expect(listening).toBe(2);
  // One statement, one notification: both workers wake at once and claim side by side.
  await inScaleDatabase((client) =>
    client.query(
      `INSERT INTO "EmailOutbox" (id, template, "toEmail", subject, html, text)
       SELECT gen_random_uuid()::text, 'scale-test', $1 || '-' || n || '@two-instances.test', 'Burst ' || n, '<p>' || n || '</p>', n::text
       FROM generate_series(1, $2::int) n`,
      [tag, count],
    ),
  );
  const ours = () => capturedRecipients(mailDir).filter((to) => to.startsWith(`${tag}-`));
  // Every row SENT (a row is marked once the server took it): nothing is left to send, so
  // the capture then holds all there will be.
  const statuses = async () =>
    (
      await inScaleDatabase((client) =>
        client.query(`SELECT status::text, count(*)::int AS n FROM "EmailOutbox" WHERE template = 'scale-test' GROUP BY 1`),
      )
    ).rows;
  await expect.poll(statuses, { timeout: 60_000 }).toEqual([{ status: "SENT", n: count }]);
  const received = ours();
  expect(received.length).toBe(count);
  expect(new Set(received).size).toBe(count);
});

test("a user removed on B is refused on C at their next request", async ({ playwright }) => {
  const member = { headers: { cookie: org.cookies.MEMBER }, maxRedirects: 0 };
  // The Overview: every member's page.
  const page = `/orgs/${org.slug}`;
  // No cookie jar of its own to mix in: each request carries the member's cookie alone.
  const context = await playwright.request.newContext();
  // C serves them first, so any per-process memory of their access would be warm.
  const name = `Every Role ${org.slug.replace("every-role-", "")}`;
  const before = await context.get(`${c.url}${page}`, member);
  expect(before.status()).toBe(200);
  expect(await before.text()).toContain(name);
  const key = await addApiKey(databaseUrl, org);
  const removed = await context.delete(`${b.url}/api/v1/orgs/${org.slug}/users/${org.memberships.MEMBER}`, {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(removed.status(), await removed.text()).toBeLessThan(300);
  const after = await context.get(`${c.url}${page}`, member);
  expect(after.status()).not.toBe(200);
  expect(await after.text()).not.toContain(name);
  await context.dispose();
});

test("a second npm start on the same database without AUTH_SECRET refuses to start, with its explanation and exit code 2", async () => {
  const port = await freePort();
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        DATABASE_URL: appDatabaseUrl(),
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
