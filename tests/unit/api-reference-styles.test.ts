// The CSP hashes of the API reference's inline styles (lib/http/api-reference-styles.ts) against
// the installed renderer: its theme style as ApiReference.vue builds it (theme "none", no
// fonts, no custom CSS: components/api-docs/api-reference.tsx), and the toasts' injected style;
// and the style attributes of its scrollbar probe, as @scalar/themes sets them.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getThemeStyles } from "@scalar/themes";
import { describe, expect, it } from "vitest";
import { API_REFERENCE_STYLE_ATTRIBUTE_HASHES, API_REFERENCE_STYLE_HASHES } from "@/lib/http/api-reference-styles";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("API reference inline styles", () => {
  it("are the ones the policy allows by hash", () => {
    const theme = `\n${getThemeStyles("none", { fonts: false })}`.replace(/<\/style/gi, "<\\/style");
    const toasts = readFileSync(join(process.cwd(), "node_modules/@scalar/use-toasts/dist/index.js"), "utf8");
    const literal = /createTextNode\(("(?:[^"\\]|\\.)*")\)/.exec(toasts)?.[1];
    expect(literal).toBeDefined();
    // The style's text is a JavaScript string literal in the module: evaluated as such.
    const toastsCss = new Function(`return ${literal}`)() as string;
    expect([...API_REFERENCE_STYLE_HASHES].sort()).toEqual([hash(theme), hash(toastsCss)].sort());
  });

  it("admit the style attributes of the scrollbar probe by their values' hashes, on their own directive", () => {
    const themes = readFileSync(join(process.cwd(), "node_modules/@scalar/themes/dist/index.js"), "utf8");
    const values = [...themes.matchAll(/setAttribute\(\s*"style"\s*,\s*("(?:[^"\\]|\\.)*")\s*\)/g)].map(
      ([, literal]) => new Function(`return ${literal}`)() as string,
    );
    expect(values).toHaveLength(2);
    expect([...API_REFERENCE_STYLE_ATTRIBUTE_HASHES].sort()).toEqual(values.map(hash).sort());
    const policy = contentSecurityPolicy({
      nonce: "n",
      development: false,
      https: false,
      inlineStyles: false,
      styleAttributeHashes: API_REFERENCE_STYLE_ATTRIBUTE_HASHES,
    });
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${API_REFERENCE_STYLE_ATTRIBUTE_HASHES.join(" ")}`);
    // Attribute hashes never reach style-src, where they would also admit <style> elements.
    expect(/style-src ([^;]*)/.exec(policy)![1]).not.toMatch(/unsafe-hashes|sha256/);
  });
});
