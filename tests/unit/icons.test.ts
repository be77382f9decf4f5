// One way to draw an icon: <Icon name="…" /> (components/ui/icon.tsx). No other file draws
// lucide's icons, nor an <svg> of its own.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const ICON = "components/ui/icon.tsx";

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative(ROOT, join(ROOT, path))] : [];
  });
}

describe("icons", () => {
  const files = ["app", "components", "lib"].flatMap((dir) => sources(dir)).filter((file) => file !== ICON);

  it("come from lucide-react through components/ui/icon.tsx only", () => {
    expect(files.filter((file) => /from\s+["']lucide-react["']/.test(readFileSync(join(ROOT, file), "utf8")))).toEqual([]);
  });

  it("are never drawn inline", () => {
    expect(files.filter((file) => /<svg[\s>]/.test(readFileSync(join(ROOT, file), "utf8")))).toEqual([]);
  });
});
