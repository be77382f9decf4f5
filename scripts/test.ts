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

type Part = {
  command: string;
  args: string[];
  env: Record<string, string>;
  readCounts: (file: string) => Omit<Layer, "name" | "seconds" | "ok">;
};

/** Runs a layer's parts one after the other; the layer passes when every part does. */
function run(name: string, parts: Part[]) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const layer: Layer = { name, passed: 0, failed: 0, skipped: 0, seconds: 0, ok: true };
  for (const { command, args, env, readCounts } of parts) {
    const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    const file = env.REPORT_FILE!;
    const counts = existsSync(file) ? readCounts(file) : { passed: 0, failed: 1, skipped: 0 };
    layer.passed += counts.passed;
    layer.failed += counts.failed;
    layer.skipped += counts.skipped;
    layer.ok &&= result.status === 0 && counts.failed === 0;
  }
  layer.seconds = (Date.now() - started) / 1000;
  layers.push(layer);
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

const vitest = (project: string): Part => {
  const report = join(out, `${project}.json`);
  return {
    command: "npx",
    args: ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    env: { REPORT_FILE: report },
    readCounts: vitestCounts,
  };
};
// Playwright's projects (playwright.config.ts), against the production build its web server
// makes and starts on a free port unless E2E_PORT says which, so a running `npm start` or
// another run never collides.
const chosenPort = process.env.E2E_PORT?.trim();
const playwrightPorts: string[] = [];
const playwright = async (name: string, projects: string[], browserPath: string): Promise<Part> => {
  const report = join(out, `${name}-playwright.json`);
  const port = chosenPort || String(await freePort());
  playwrightPorts.push(port);
  return {
    command: "npx",
    args: ["playwright", "test", ...projects.map((project) => `--project=${project}`)],
    env: { REPORT_FILE: report, PLAYWRIGHT_JSON_OUTPUT_NAME: report, E2E_PORT: port, CHROMIUM_PATH: browserPath },
    readCounts: playwrightCounts,
  };
};

run("unit", [vitest("unit")]);
const wantsBrowser = !only.length || only.includes("integration") || only.includes("e2e");
const browser = wantsBrowser ? ensureBrowser() : undefined;
if (browser && "error" in browser) {
  // Without a browser, the vitest files still run; what needs one fails with the reason.
  run("integration", [vitest("integration")]);
  for (const name of ["integration", "e2e"].filter((layer) => !only.length || only.includes(layer))) {
    console.log(`\n━━ ${name} ━━\n${browser.error}`);
    const layer = layers.find((entry) => entry.name === name);
    if (layer) Object.assign(layer, { failed: layer.failed + 1, ok: false });
    else layers.push({ name, passed: 0, failed: 1, skipped: 0, seconds: 0, ok: false });
  }
} else if (browser) {
  // The integration layer ends with the tests that start app instances of the production build.
  run("integration", [vitest("integration"), await playwright("integration", ["scale-out"], browser.path)]);
  run("e2e", [await playwright("e2e", ["flows", "walk"], browser.path)]);
  // Playwright's per-port output folders: kept when a test failed (traces, screenshots).
  if (!chosenPort && layers.every((layer) => layer.ok))
    for (const port of playwrightPorts) rmSync(join("test-results", `e2e-${port}`), { recursive: true, force: true });
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
