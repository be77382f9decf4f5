// Every client component declares the words it shows beside itself (<component>.words.ts,
// lib/i18n/pick-messages.ts), and pages and dialog message sets send those declarations: so a
// component whose declaration misses a message it asks for would show the message's key. Read
// statically (tests/support/message-keys-used.ts); the e2e walk still fails on any key shown.
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { covers, messageKeysUsed } from "../support/message-keys-used";

const root = join(__dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const all = ["app", "components"].flatMap(sources).map((path) => relative(root, join(root, path)));
const components = all.filter((path) => path.endsWith(".tsx") && /=\s*useTranslations\(/.test(readFileSync(join(root, path), "utf8")));
const wordsFileOf = (path: string) => path.replace(/\.tsx$/, ".words.ts");

async function declared(path: string): Promise<string[]> {
  const exported = (await import(join(root, wordsFileOf(path)))) as Record<string, readonly string[]>;
  return Object.values(exported).flat();
}

describe("the words of client components", () => {
  it("are declared beside each component that translates", () => {
    expect(components.length).toBeGreaterThan(30);
    expect(components.filter((path) => !existsSync(join(root, wordsFileOf(path))))).toEqual([]);
  });

  it("cover every message the component asks for", async () => {
    const missing: string[] = [];
    for (const path of components) {
      const paths = await declared(path);
      for (const key of messageKeysUsed(path, readFileSync(join(root, path), "utf8"))) {
        if (!covers(paths, key)) missing.push(`${path}: ${key.path}${key.prefix ? ".…" : ""}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("belong to a component (no declaration left behind by a deleted one)", () => {
    const orphans = all.filter((path) => path.endsWith(".words.ts") && !components.includes(path.replace(/\.words\.ts$/, ".tsx")));
    expect(orphans).toEqual([]);
  });

  it("are read the way the check above assumes", () => {
    const keys = messageKeysUsed(
      "x.tsx",
      `const t = useTranslations("users"); const all = useTranslations();
       t("columns.name"); t.rich(open ? "a" : "b"); t(\`actions.\${kind}\`); all("common.close"); all(key);`,
    );
    expect(keys).toEqual([
      { path: "users.columns.name", prefix: false },
      { path: "users.a", prefix: false },
      { path: "users.b", prefix: false },
      { path: "users.actions", prefix: true },
      { path: "common.close", prefix: false },
      { path: "", prefix: true },
    ]);
    expect(covers(["users.columns"], keys[0])).toBe(true);
    expect(covers(["users.column"], keys[0])).toBe(false);
    expect(covers(["users.actions.edit"], keys[3])).toBe(true);
    expect(covers(["users.roles"], keys[3])).toBe(false);
  });
});
