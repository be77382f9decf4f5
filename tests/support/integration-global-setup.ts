// Starts one throw-away PostgreSQL for the integration run and migrates a template
// database; each test file then gets its own copy (see integration-setup.ts).
import type { TestProject } from "vitest/node";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { migrate } from "../../lib/db/migrate";

export const TEMPLATE_DB = "roster_template";

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_SERVER_URL;
  let stop = async () => {};
  let serverUrl: string;
  if (external) {
    serverUrl = external;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), "roster-test-pg-"));
    const server = await startEmbeddedPostgres({ dataDir, persistent: false });
    serverUrl = server.serverUrl;
    stop = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  await migrate(serverUrl.replace(/\/[^/?]+(\?|$)/, `/${TEMPLATE_DB}$1`));
  project.provide("databaseServerUrl", serverUrl);
  return stop;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}
