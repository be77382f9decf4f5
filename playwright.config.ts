import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findBrowser } from "./scripts/lib/browser";

const port = Number(process.env.E2E_PORT ?? 3100);
// A fresh database and mailbox per run, shared with the tests through the environment
// (workers inherit it). The global teardown deletes the folder when it was made here.
if (!process.env.E2E_DATA_DIR) {
  process.env.E2E_DATA_DIR = mkdtempSync(join(tmpdir(), "roster-e2e-"));
  process.env.E2E_DATA_DIR_CREATED = process.env.E2E_DATA_DIR;
}

export default defineConfig({
  testDir: "tests/e2e",
  // One folder per port, so two runs on one machine never delete each other's artifacts.
  outputDir: `test-results/e2e-${port}`,
  globalTeardown: "tests/support/e2e-global-teardown.ts",
  fullyParallel: false,
  // Two at once: the flows, which share the demo admin's sign-ins and language, one after
  // the other; beside them, the walk over every page (tests/e2e/walk.spec.ts), which signs
  // in people of its own.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // The longest flows (two emailed sign-ins and an invitation) take about 30 s on a quiet
  // machine and near 60 s on a busy one.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    // A control that never shows fails its step quickly instead of the whole test's timeout.
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // `npm test` finds or installs one and passes it as CHROMIUM_PATH (scripts/lib/browser.ts).
      executablePath: findBrowser(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "flows", use: { browserName: "chromium" }, testIgnore: /walk\.spec\.ts$/, workers: 1 },
    { name: "walk", use: { browserName: "chromium" }, testMatch: /walk\.spec\.ts$/, workers: 1 },
    // Integration tests that need the production build (instances started beside the suite's):
    // `npm test` runs them in its integration layer.
    { name: "scale-out", use: { browserName: "chromium" }, testDir: "tests/integration/scale-out", workers: 1 },
  ],
  webServer: {
    command: "npx tsx scripts/start.ts",
    // 127.0.0.1: with mail capture on, `npm start` listens on the IPv4 loopback only (the
    // browser's localhost falls back to it from ::1).
    url: `http://127.0.0.1:${port}/signin`,
    // A first start builds the app: minutes on two busy cores.
    timeout: 900_000,
    reuseExistingServer: false,
    // start.ts stops Next, the mail capture and PostgreSQL in order on SIGTERM.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      ROSTER_DATA_DIR: process.env.E2E_DATA_DIR,
      SEED_DEMO: "on",
      // Its own build folder: a developer's `npm start` keeps serving from .next meanwhile.
      NEXT_DIST_DIR: ".next-e2e",
      // The app's own URL, whatever a local .env says (start.ts reads it).
      APP_URL: `http://localhost:${port}`,
      AUTH_URL: "",
      ROSTER_HOST: "",
      // Embedded PostgreSQL and mail capture, whatever the caller's environment says.
      DATABASE_URL: "",
      SMTP_URL: "",
      // The suite signs the demo admin in many times within minutes, all from this machine.
      SIGN_IN_EMAILS_PER_15_MIN: "1000",
      SIGN_IN_REQUESTS_PER_IP_PER_HOUR: "1000",
      EMAILS_PER_HOUR: "100000",
      NEWCOMER_EMAILS_PER_HOUR: "100000",
      // As behind a reverse proxy: tests choose their client's address with X-Forwarded-For (security.spec.ts).
      TRUST_PROXY: "on",
      // TXT records of test domains come from this file instead of DNS.
      ROSTER_FAKE_DNS_FILE: join(process.env.E2E_DATA_DIR, "fake-dns.json"),
      // The performance budget spec reads each page view's SQL statements (lib/db/sql-count.ts).
      ROSTER_SQL_COUNT: "on",
      // tests/e2e/webhooks.spec.ts delivers to a receiver on this machine.
      WEBHOOKS_PRIVATE_NETWORKS: "allow",
    },
  },
});
