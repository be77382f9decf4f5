// Every translation goes through lib/i18n's wrappers, which add the French elision step
// (lib/i18n/typography.ts); and client components get their words from the page's
// provider, not as props.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(__dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return path.includes("generated") ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = ["app", "components", "emails", "lib"]
  .flatMap(sources)
  .map((path) => ({ path: relative(root, join(root, path)), text: readFileSync(join(root, path), "utf8") }));

describe("translations", () => {
  it("are made through lib/i18n only (getTranslator, useTranslations from lib/i18n/client, translator)", () => {
    const offenders = files
      .filter(({ path }) => !path.startsWith("lib/i18n/"))
      .filter(({ text }) =>
        /import\s*\{[^}]*\b(useTranslations|getTranslations|createTranslator)\b[^}]*\}\s*from\s*"next-intl(\/server)?"/.test(text),
      )
      .map(({ path }) => path);
    expect(offenders).toEqual([]);
  });

  // The UI kit (components/ui) stays free of any catalog: its callers pass it words they translated.
  it("reach feature client components through the provider: no catalog types or label objects in their props", () => {
    const clientFiles = files.filter(({ path, text }) => text.startsWith('"use client"') && !path.startsWith("components/ui/"));
    expect(clientFiles.length).toBeGreaterThan(10);
    const offenders = clientFiles
      .filter(({ text }) => /\b(strings|labels)\s*:\s*(\w+Strings|\w*Labels|\{)|type Messages|\bMessages\[/.test(text))
      .map(({ path }) => path);
    expect(offenders).toEqual([]);
  });

  it("client-side modules of lib/i18n load no catalog (the browser gets only the page's namespaces)", () => {
    for (const path of [
      "lib/i18n/client.ts",
      "lib/i18n/typography.ts",
      "lib/i18n/locales.ts",
      "lib/i18n/format.ts",
      "lib/i18n/pick-messages.ts",
    ]) {
      const text = files.find((file) => file.path === path)!.text;
      expect(text, path).not.toMatch(/from "(\.\/(messages|catalogs|index|server|request)[^"]*|@\/lib\/i18n)"/);
    }
  });
});
