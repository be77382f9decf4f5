// Deletes the e2e data folder (database, mailbox) when playwright.config.ts created it.
// Playwright stops the web server only after the global teardown, and PostgreSQL still
// writes into the folder until then: delete it when the runner process exits.
import { rmSync } from "node:fs";

export default function teardown() {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir || process.env.E2E_DATA_DIR_CREATED !== dir) return;
  process.once("exit", () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }));
}
