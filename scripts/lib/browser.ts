// The end-to-end layer's browser: found on this machine, or installed before that layer runs,
// so `npm test` passes on a machine where nobody installed one by hand.
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { chromium } from "@playwright/test";

/** Places a Chromium or Chrome is usually installed by a system package. */
const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
];

const MANUAL_INSTALL = "npx playwright install chromium (or, on Debian/Ubuntu as root: apt-get update && apt-get install -y chromium)";

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first usable browser: CHROMIUM_PATH, Playwright's own browser folder, then the system's. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.CHROMIUM_PATH?.trim();
  if (chosen) return isExecutable(chosen) ? chosen : undefined;
  return [chromium.executablePath(), ...SYSTEM_BROWSERS].find(isExecutable);
}

function attempt(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`browser: ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

const canUseApt = () => process.platform === "linux" && process.getuid?.() === 0 && isExecutable("/usr/bin/apt-get");

/**
 * Finds a browser or installs one: Playwright's own download where it is reachable, else the
 * system's package manager when running as root on Debian/Ubuntu. Returns its path, or an
 * error line naming the command to run by hand.
 */
export function ensureBrowser(): { path: string } | { error: string } {
  const chosen = process.env.CHROMIUM_PATH?.trim();
  if (chosen) {
    return isExecutable(chosen)
      ? { path: chosen }
      : { error: `CHROMIUM_PATH=${chosen} is not an executable file: point it at a Chromium or Chrome, or unset it.` };
  }
  const found = findBrowser();
  if (found) return { path: found };

  console.log("browser: no Chromium or Chrome on this machine; installing one for the end-to-end tests");
  const started = Date.now();
  const installed = installBrowser();
  if (installed) console.log(`browser: installed ${installed} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return installed
    ? { path: installed }
    : { error: `No browser for the end-to-end tests and none could be installed here; run: ${MANUAL_INSTALL}` };
}

function installBrowser(): string | undefined {
  if (attempt("Playwright's download", "npx", ["playwright", "install", "chromium"])) {
    const installed = findBrowser();
    if (installed) return installed;
  }
  if (canUseApt()) {
    const apt = { DEBIAN_FRONTEND: "noninteractive" };
    if (
      attempt("system packages", "apt-get", ["update", "-qq"], apt) &&
      attempt("system packages", "apt-get", ["install", "-y", "-qq", "chromium"], apt)
    ) {
      return findBrowser();
    }
  }
  return undefined;
}
