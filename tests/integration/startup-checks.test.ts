// Configuration checked by `npm start` before anything listens: each misconfiguration that
// cannot work stops it with one line naming the variable and exit code 2 (the real script,
// run as a person would); those that may be temporary or deliberate give one warning line.
// And the AUTH_SECRET every instance on one database must share (lib/auth/shared-secret.ts),
// resolved by two callers against one database, as two instances' starts do.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { appUrlWarning, databaseUrlProblem, smtpUrlProblem, smtpWarning } from "@/lib/config/startup-checks";
import { resolveAuthSecret, secretFingerprint, SharedSecretError } from "@/lib/auth/shared-secret";
import { createMailTransport } from "@/lib/mail/transport";
import { db } from "@/lib/db/prisma";
import { startSmtpSink } from "../support/smtp-sink";

const folder = mkdtempSync(join(tmpdir(), "roster-start-checks-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A port nothing listens on (taken, then released). */
const deadPort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** `npm start` with only these variables (and PATH); resolves with its exit code and output. */
async function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const port = String(await deadPort());
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: process.cwd(),
      env: {
        NODE_ENV: "production",
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ROSTER_DATA_DIR: join(folder, "data"),
        PORT: port,
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

describe("npm start stops with one line naming the variable", () => {
  const cases: [string, () => Promise<Record<string, string>>, RegExp][] = [
    [
      "DATABASE_URL that is not a URL",
      async () => ({ DATABASE_URL: "not-a-url" }),
      /^\[roster\] DATABASE_URL is not a URL: expected postgresql:\/\//,
    ],
    [
      "DATABASE_URL of another database",
      async () => ({ DATABASE_URL: "mysql://u:p@localhost/roster" }),
      /^\[roster\] DATABASE_URL must be a postgresql:\/\/ URL, not mysql:\/\//,
    ],
    [
      "DATABASE_URL where nothing answers",
      async () => ({ DATABASE_URL: `postgresql://u:hunter2@127.0.0.1:${await deadPort()}/roster` }),
      /^\[roster\] DATABASE_URL \(127\.0\.0\.1:\d+\/roster\) does not answer: connection refused/,
    ],
    ["SMTP_URL that is not a URL", async () => ({ SMTP_URL: "not a url" }), /^\[roster\] SMTP_URL is not a URL: expected smtp:\/\//],
    ["PORT that is not a number", async () => ({ PORT: "abc" }), /^\[roster\] invalid configuration: PORT="abc": /],
    [
      "a setting out of its range",
      async () => ({ SIGN_IN_EMAILS_PER_15_MIN: "-3" }),
      /^\[roster\] invalid configuration: SIGN_IN_EMAILS_PER_15_MIN="-3": /,
    ],
    [
      "SMTP_URL of another protocol",
      async () => ({ SMTP_URL: "http://mail.example.test" }),
      /^\[roster\] SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL, not http:\/\//,
    ],
  ];
  it.each(cases)(
    "%s: exit code 2",
    async (_name, env, line) => {
      const result = await start(await env());
      expect(result.code).toBe(2);
      const lines = result.stderr.trim().split("\n");
      expect(lines, result.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(line);
      expect(result.stderr).not.toContain("hunter2");
      expect(result.stdout).toBe("");
    },
    90_000,
  );
});

describe("checks as functions", () => {
  it("accept a PostgreSQL that answers and an smtp(s) URL", async () => {
    expect(await databaseUrlProblem(process.env.DATABASE_URL!)).toBeNull();
    expect(smtpUrlProblem("smtp://user:pass@mail.example.test:587")).toBeNull();
    expect(smtpUrlProblem("smtps://mail.example.test")).toBeNull();
  });

  it("warn, without stopping, when the mail server does not answer, and say nothing when it does", async () => {
    const url = `smtp://127.0.0.1:${await deadPort()}`;
    const transport = createMailTransport(url);
    const warning = await smtpWarning(url, () => transport.verify());
    expect(warning).toMatch(
      /^warning: SMTP_URL \(127\.0\.0\.1:\d+\) does not answer: connection refused \(nothing listens there\)\. The app starts/,
    );
    expect(warning!.split("\n")).toHaveLength(1);
    const sink = await startSmtpSink();
    try {
      const working = createMailTransport(sink.url);
      expect(await smtpWarning(sink.url, () => working.verify())).toBeNull();
      working.close();
    } finally {
      await sink.stop();
    }
  });

  it("warn when APP_URL is not where the app listens", () => {
    expect(appUrlWarning({ appUrl: "http://localhost:3000", port: 3470, host: "127.0.0.1" })).toMatch(
      /^warning: APP_URL \(http:\/\/localhost:3000\) is not on port 3470, where the app listens/,
    );
    expect(appUrlWarning({ appUrl: "http://roster.example.test:8080", port: 3000, host: undefined })).toMatch(/is not on port 3000/);
    expect(appUrlWarning({ appUrl: "https://roster.example.test", port: 3000, host: "127.0.0.1" })).toMatch(
      /names another host, but the app listens on 127\.0\.0\.1 only/,
    );
    expect(appUrlWarning({ appUrl: "http://localhost:3470", port: 3470, host: "127.0.0.1" })).toBeNull();
    expect(appUrlWarning({ appUrl: "https://roster.example.test", port: 3000, host: undefined })).toBeNull();
    expect(appUrlWarning({ appUrl: "http://127.0.0.1:3000/", port: 3000, host: "0.0.0.0" })).toBeNull();
  });
});

describe("AUTH_SECRET shared by the instances of one database", () => {
  const databaseUrl = () => process.env.DATABASE_URL!;
  const fileOf = (instance: string) => join(folder, `${instance}-auth-secret`);

  it("a second instance without AUTH_SECRET refuses to start with an explanation; given the first one's secret, it signs alike", async () => {
    await db.$executeRaw`DELETE FROM "AuthSecretFingerprint"`;
    const first = await resolveAuthSecret({ databaseUrl: databaseUrl(), configured: undefined, file: fileOf("first") });
    expect(first).toEqual({ secret: readFileSync(fileOf("first"), "utf8").trim(), source: "file" });
    // The database keeps a fingerprint, never the secret.
    const stored = await db.$queryRaw<{ fingerprint: string }[]>`SELECT fingerprint FROM "AuthSecretFingerprint"`;
    expect(stored).toEqual([{ fingerprint: secretFingerprint(first.secret) }]);
    expect(stored[0].fingerprint).not.toContain(first.secret);

    // Its restart finds the same secret.
    expect(await resolveAuthSecret({ databaseUrl: databaseUrl(), configured: undefined, file: fileOf("first") })).toEqual(first);

    const refusal = resolveAuthSecret({ databaseUrl: databaseUrl(), configured: undefined, file: fileOf("second") });
    await expect(refusal).rejects.toThrow(SharedSecretError);
    await expect(refusal).rejects.toThrow(
      /AUTH_SECRET is not set, and this database \(DATABASE_URL\) is already used by an instance with another secret/,
    );

    // With AUTH_SECRET set to the first one's, the second signs with the same secret: Auth.js
    // hashes each emailed token with it, so a link asked for on one opens on the other.
    const second = await resolveAuthSecret({ databaseUrl: databaseUrl(), configured: first.secret, file: fileOf("second") });
    expect(second).toEqual({ secret: first.secret, source: "AUTH_SECRET" });
  });

  it("npm start without AUTH_SECRET on a database another secret signs for stops with the explanation, exit code 2, after its warnings", async () => {
    await db.$executeRaw`DELETE FROM "AuthSecretFingerprint"`;
    await resolveAuthSecret({ databaseUrl: databaseUrl(), configured: "the-first-instance-secret-value", file: fileOf("z") });
    // As .env.example copied to .env, then started on another port.
    const result = await start({
      DATABASE_URL: databaseUrl(),
      SMTP_URL: "smtp://127.0.0.1:1",
      SEED_DEMO: "off",
      APP_URL: "http://localhost:3000",
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^\[roster\] AUTH_SECRET is not set, and this database \(DATABASE_URL\) is already used by an instance with another secret/,
      ),
    ]);
    // The unreachable mail server and the APP_URL on another port were warnings, one line each, not stops.
    expect(result.stdout).toMatch(/^\[roster\] warning: SMTP_URL \(127\.0\.0\.1:1\) does not answer.*$/m);
    expect(result.stdout).toMatch(/^\[roster\] warning: APP_URL \(http:\/\/localhost:3000\) is not on port \d+, where the app listens.*$/m);
  }, 90_000);

  it("an AUTH_SECRET set to a new value is taken, with a warning, and then binds the instances without one", async () => {
    await db.$executeRaw`DELETE FROM "AuthSecretFingerprint"`;
    await resolveAuthSecret({ databaseUrl: databaseUrl(), configured: "old-secret-old-secret-old-secret", file: fileOf("x") });
    const rotated = await resolveAuthSecret({
      databaseUrl: databaseUrl(),
      configured: "new-secret-new-secret-new-secret",
      file: fileOf("x"),
    });
    expect(rotated.warning).toMatch(/^AUTH_SECRET differs from the one this database's instances used until now/);
    expect(
      await resolveAuthSecret({ databaseUrl: databaseUrl(), configured: "new-secret-new-secret-new-secret", file: fileOf("x") }),
    ).toEqual({
      secret: "new-secret-new-secret-new-secret",
      source: "AUTH_SECRET",
    });
    await expect(resolveAuthSecret({ databaseUrl: databaseUrl(), configured: undefined, file: fileOf("y") })).rejects.toThrow(
      SharedSecretError,
    );
  });

  it("two instances starting at once on an empty record agree on one fingerprint", async () => {
    await db.$executeRaw`DELETE FROM "AuthSecretFingerprint"`;
    const results = await Promise.allSettled([
      resolveAuthSecret({ databaseUrl: databaseUrl(), configured: undefined, file: fileOf("race-a") }),
      resolveAuthSecret({ databaseUrl: databaseUrl(), configured: undefined, file: fileOf("race-b") }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });
});
