// `prisma generate` offline: the CLI wants a native schema engine that cannot be
// downloaded here, but generate never runs it, so a placeholder path satisfies it.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const placeholder = join(process.cwd(), "node_modules", ".cache", "prisma-schema-engine-placeholder");
if (!existsSync(placeholder)) {
  mkdirSync(join(process.cwd(), "node_modules", ".cache"), { recursive: true });
  writeFileSync(placeholder, "#!/bin/sh\necho 'placeholder: the native schema engine is not available here' >&2\nexit 1\n", {
    mode: 0o755,
  });
}
const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
