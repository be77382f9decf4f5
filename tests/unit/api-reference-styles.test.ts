// The CSP hashes of the API reference's inline styles (lib/http/api-reference-styles.ts) against
// the installed renderer: its theme style as ApiReference.vue builds it (theme "none", no
// fonts, no custom CSS: components/api-docs/api-reference.tsx), and the toasts' injected style.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getThemeStyles } from "@scalar/themes";
import { describe, expect, it } from "vitest";
import { API_REFERENCE_STYLE_HASHES } from "@/lib/http/api-reference-styles";

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
});
