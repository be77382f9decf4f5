// ESLint (flat config): Next.js's core-web-vitals and TypeScript rules, plus the layer
// boundaries of the README: lib/ never imports components/ or app/; emails/ never imports
// app/, nor react-email's Markdown (emails/frame/markdown.ts renders the vendor's); components/
// may import server actions from app/ and types/schemas from lib/, never the database (lib/db,
// except type-only imports of generated enums/types); no import cycles.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const noImportsFrom = (groups, paths = []) => ({
  "@typescript-eslint/no-restricted-imports": ["error", { paths, patterns: groups.map(({ group, message, allowTypeImports }) => ({ group, message, allowTypeImports })) }],
});

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-e2e/**", ".next-bench/**", "lib/db/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", ".data/**", ".scratch/**", "next-env.d.ts"]),
  {
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: noImportsFrom([
      { group: ["@/components/*", "**/components/*", "@/app/*", "**/app/*"], message: "lib/ is domain logic: it never imports components/ or app/." },
    ]),
  },
  {
    files: ["emails/**/*.{ts,tsx}"],
    rules: noImportsFrom(
      [{ group: ["@/app/*", "**/app/*", "@/components/*"], message: "emails/ never imports app/ or components/." }],
      [{ name: "@react-email/components", importNames: ["Markdown"], message: "react-email's Markdown writes titles into attributes unescaped and passes javascript: links: use emails/frame/markdown.ts." }],
    ),
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: noImportsFrom([
      { group: ["@/lib/db/*", "@/lib/db/generated/*", "**/lib/db/*"], allowTypeImports: true, message: "components/ is UI only: it never reaches the database (type-only imports are fine)." },
    ]),
  },
]);
