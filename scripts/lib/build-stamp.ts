// Decides whether the production build in .next matches the sources, from the
// size and modification time of every source file, without reading their content.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { config } from "../../lib/config";

const SOURCES = [
  "app",
  "components",
  "lib",
  "emails",
  "public",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "instrumentation.ts",
  "proxy.ts",
];
/** Where `next build` writes (next.config.ts reads the same variable). */
export const distDir = () => config().NEXT_DIST_DIR;
const SKIP = new Set(["node_modules", ".next", ".next-e2e", ".next-bench", "generated"]);

function walk(root: string, path: string, out: string[]) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path)) if (!SKIP.has(entry)) walk(root, join(path, entry), out);
  } else {
    out.push(`${relative(root, path)}:${stat.size}:${Math.floor(stat.mtimeMs)}`);
  }
}

export function sourceFingerprint(root: string): string {
  const entries: string[] = [];
  for (const source of SOURCES) walk(root, join(root, source), entries);
  walk(root, join(root, "prisma", "schema.prisma"), entries);
  // .env, .env.production, .env.local …: Next inlines NEXT_PUBLIC_* values at build time.
  for (const entry of readdirSync(root)) if (entry.startsWith(".env")) walk(root, join(root, entry), entries);
  return createHash("sha256").update(entries.sort().join("\n")).digest("hex");
}

const stampFile = (root: string) => join(root, distDir(), "roster-build-stamp");

/** `fingerprint`: the sources' fingerprint, taken once before deciding and building. */
export function buildIsCurrent(root: string, fingerprint = sourceFingerprint(root)): boolean {
  if (!existsSync(join(root, distDir(), "BUILD_ID")) || !existsSync(stampFile(root))) return false;
  return readFileSync(stampFile(root), "utf8") === fingerprint;
}

/** Records the fingerprint taken BEFORE the build, so sources edited during it count as changed. */
export function writeBuildStamp(root: string, fingerprint: string): void {
  writeFileSync(stampFile(root), fingerprint);
}
