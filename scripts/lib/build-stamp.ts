// Decides whether the production build in .next matches the sources, from the
// size and modification time of every source file, without reading their content.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const SOURCES = ["app", "components", "lib", "emails", "public", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "instrumentation.ts"];
const SKIP = new Set(["node_modules", ".next", "generated"]);

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
  return createHash("sha256").update(entries.sort().join("\n")).digest("hex");
}

const stampFile = (root: string) => join(root, ".next", "roster-build-stamp");

export function buildIsCurrent(root: string): boolean {
  if (!existsSync(join(root, ".next", "BUILD_ID")) || !existsSync(stampFile(root))) return false;
  return readFileSync(stampFile(root), "utf8") === sourceFingerprint(root);
}

export function writeBuildStamp(root: string): void {
  writeFileSync(stampFile(root), sourceFingerprint(root));
}
