// `npm test`: every layer in turn (static checks, unit, integration, end-to-end), then one
// summary with the number of tests per layer and their time.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBrowser } from "./lib/browser";
import { freePort } from "./lib/free-port";

type Layer = { name: string; passed: number; failed: number; skipped: number; seconds: number; ok: boolean };
const only = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), "roster-test-report-"));
const layers: Layer[] = [];

function run(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  readCounts: (file: string) => Omit<Layer, "name" | "seconds" | "ok">,
) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = (Date.now() - started) / 1000;
  const file = env.REPORT_FILE!;
  const counts = existsSync(file) ? readCounts(file) : { passed: 0, failed: 1, skipped: 0 };
  layers.push({ name, seconds, ok: result.status === 0 && counts.failed === 0, ...counts });
}

const vitestCounts = (file: string) => {
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
};
const playwrightCounts = (file: string) => {
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
};

// Static checks first: the type checker, the linter (layer boundaries, import cycles, hooks,
// line length) and the formatter's check (`npm run format` fixes it).
if (!only.length || only.includes("static")) {
  console.log("\n━━ static ━━");
  const started = Date.now();
  const checks = [
    ["npx", ["tsc", "--noEmit"]],
    ["npx", ["eslint", "--max-warnings", "0", "."]],
    ["npx", ["prettier", "--check", "--log-level", "warn", "."]],
  ] as const;
  const failed = checks.filter(([command, args]) => spawnSync(command, args, { stdio: "inherit" }).status !== 0).length;
  layers.push({
    name: "static",
    passed: checks.length - failed,
    failed,
    skipped: 0,
    seconds: (Date.now() - started) / 1000,
    ok: failed === 0,
  });
}

for (const project of ["unit", "integration"]) {
  const report = join(out, `${project}.json`);
  run(
    project,
    "npx",
    ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    { REPORT_FILE: report },
    vitestCounts,
  );
}
const browser = !only.length || only.includes("e2e") ? ensureBrowser() : undefined;
if (browser && "error" in browser) {
  console.log(`\n━━ e2e ━━\n${browser.error}`);
  layers.push({ name: "e2e", passed: 0, failed: 1, skipped: 0, seconds: 0, ok: false });
} else if (browser) {
  const report = join(out, "e2e.json");
  // A free port unless E2E_PORT says which, so a running `npm start` or another run never collides.
  const chosen = process.env.E2E_PORT?.trim();
  const port = chosen || String(await freePort());
  run(
    "e2e",
    "npx",
    ["playwright", "test"],
    { REPORT_FILE: report, PLAYWRIGHT_JSON_OUTPUT_NAME: report, E2E_PORT: port, CHROMIUM_PATH: browser.path },
    playwrightCounts,
  );
  // Playwright's per-port output folder: kept when a test failed (traces, screenshots).
  if (!chosen && layers.at(-1)?.ok) rmSync(join("test-results", `e2e-${port}`), { recursive: true, force: true });
}
rmSync(out, { recursive: true, force: true });

console.log("\n━━ summary ━━");
for (const layer of layers) {
  console.log(
    `${layer.name.padEnd(12)} ${String(layer.passed).padStart(4)} passed, ${layer.failed} failed, ${layer.skipped} skipped  (${layer.seconds.toFixed(1)} s)${layer.ok ? "" : "  ✗"}`,
  );
}
const total = layers.reduce(
  (sum, l) => ({ passed: sum.passed + l.passed, failed: sum.failed + l.failed, skipped: sum.skipped + l.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(layers.every((layer) => layer.ok) && layers.length > 0 ? 0 : 1);
