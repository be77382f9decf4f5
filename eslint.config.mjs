// ESLint (flat config): Next.js's core-web-vitals and TypeScript rules, plus the layer
// boundaries of the README: lib/ never imports components/ or app/; emails/ never imports
// app/, nor react-email's Markdown (emails/frame/markdown.ts renders the vendor's); components/
// may import server actions from app/ and types/schemas from lib/, never the database (lib/db,
// except type-only imports of generated enums/types), nor zod (forms send what they hold; the
// server parses); no import cycles. The app reads the environment only through lib/config, where
// every setting is validated once and an empty value counts as unset.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const noImportsFrom = (groups, paths = []) => ({
  "@typescript-eslint/no-restricted-imports": [
    "error",
    { paths, patterns: groups.map(({ group, message, allowTypeImports }) => ({ group, message, allowTypeImports })) },
  ],
});

// lib/ is cut into folders, one a domain (users, billing…) or a shared kit (db, i18n…). A file
// of lib/<a>/ may import from lib/<b>/ only the modules b lists here: what b means others to
// use, the rest being free to change inside b. A list rather than an index.ts barrel per folder,
// since a barrel would bring every module of the folder (server-only ones included) into any
// client component that imports one harmless type or constant through it. Imports within one
// folder, from lib's top-level files (routes.ts, csv.ts) and from app/ or components/ (which
// the rules above and below govern) are not concerned.
const LIB_PUBLIC = {
  actions: ["define-action", "form-data", "result", "run-org-action"],
  audit: ["append-only", "audit"],
  auth: ["access", "access-rule", "capabilities", "schemas", "session", "tenant"],
  billing: ["catalog", "create-order-records", "numbers"],
  config: [],
  "data-export": ["run-export"],
  contacts: ["add-or-find-contact", "default-language", "order-roles", "schemas", "search-text"],
  crypto: ["seal", "token-hash"],
  db: ["generated", "generated/*", "like-pattern", "migrate", "prisma", "unique-violation"],
  domains: ["verified-domain-for-email"],
  errors: ["app-error"],
  health: [],
  http: ["loopback"],
  i18n: ["format", "locales", "negotiate", "server", "visitor-locale"],
  invitations: ["email-limits", "mask-email", "token"],
  jobs: ["data-export-job", "webhooks-job"],
  log: ["logger", "redact"],
  mail: ["cancel-pending-emails", "outbox", "outbox-listener", "render-email", "transport-check", "worker"],
  notifications: ["events", "notify", "send-overdue-reminders"],
  orgs: ["moved-organization", "schemas"],
  pagination: ["capped-count", "offset-nav", "page-nav", "page-query", "page-request", "page-sizes", "prisma", "sql", "total"],
  "rate-limit": ["client-ip", "email-budget", "enforce", "rate-limit", "rules"],
  seed: [],
  storage: ["export-storage", "file-storage"],
  subscription: ["due-deletions"],
  users: [
    "activate-membership",
    "membership-change",
    "replace-assignments",
    "user-import-queue",
    "run-user-import-step",
    "fail-stuck-user-imports",
  ],
  validation: ["fields", "limits", "list-query", "search-params", "text"],
  webhooks: ["dispatch", "emit", "events", "from-audit", "prune-deliveries"],
  workspaces: [],
};

const libNeverImports = {
  group: ["@/components/*", "**/components/*", "@/app/*", "**/app/*"],
  message: "lib/ is domain logic: it never imports components/ or app/.",
};

/** For the files of lib/<folder>/: the other folders' modules that are not public. */
const libFolderRules = (folder) => ({
  files: [`lib/${folder}/**/*.{ts,tsx}`],
  rules: noImportsFrom([
    libNeverImports,
    ...Object.entries(LIB_PUBLIC)
      .filter(([other]) => other !== folder)
      .map(([other, modules]) => ({
        group: [`@/lib/${other}/*`, `../${other}/*`, ...modules.map((module) => `!@/lib/${other}/${module}`)],
        message: `Only the modules lib/${other}/ makes public (LIB_PUBLIC in eslint.config.mjs) may be imported from another folder of lib/.`,
      })),
  ]),
});

const envMessage = "Read settings through config() from @/lib/config: it validates them and treats empty values as unset.";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".next-e2e/**",
    ".next-bench/**",
    "lib/db/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    ".data/**",
    ".scratch/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      // Prettier wraps code at 140 (.prettierrc.json) but leaves comments and literals alone:
      // comments are wrapped by hand; one long string, template, regex or URL may run on.
      "max-len": ["error", { code: 140, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Everything the app runs: app/, components/, emails/, lib/, proxy.ts, next.config.ts, instrumentation.ts…
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: envMessage }],
      "no-restricted-syntax": ["error", { selector: "ImportDeclaration[source.value=/^(node:)?process$/]", message: envMessage }],
    },
  },
  {
    // …but not lib/config itself, nor the tools around the app, which prepare the environment the
    // app then reads (load .env, start PostgreSQL, pass variables to the servers they start) or run
    // before it exists: scripts, tests, benchmarks and the test runners' and Prisma CLI's configs.
    files: ["lib/config/**", "scripts/**", "tests/**", "bench/**", "playwright.config.ts", "vitest.config.ts", "prisma.config.ts"],
    rules: { "no-restricted-properties": "off", "no-restricted-syntax": "off" },
  },
  { files: ["lib/**/*.{ts,tsx}"], rules: noImportsFrom([libNeverImports]) },
  ...Object.keys(LIB_PUBLIC).map(libFolderRules),
  {
    files: ["emails/**/*.{ts,tsx}"],
    rules: noImportsFrom(
      [{ group: ["@/app/*", "**/app/*", "@/components/*"], message: "emails/ never imports app/ or components/." }],
      [
        {
          name: "@react-email/components",
          importNames: ["Markdown"],
          message:
            "react-email's Markdown writes titles into attributes unescaped and passes javascript: links: use emails/frame/markdown.ts.",
        },
      ],
    ),
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: noImportsFrom(
      [
        {
          group: ["@/lib/db/*", "@/lib/db/generated/*", "**/lib/db/*"],
          allowTypeImports: true,
          message: "components/ is UI only: it never reaches the database (type-only imports are fine).",
        },
        { group: ["zod/*"], message: "components/ never parses with zod: the server action validates (schemas live in lib/)." },
      ],
      [{ name: "zod", message: "components/ never parses with zod: the server action validates (schemas live in lib/)." }],
    ),
  },
]);
