// Which database a command-line script works on: DATABASE_URL (from the environment or
// `.env`) or, without it, the one of the running `npm start` (from
// <ROSTER_DATA_DIR or .data>/runtime.json). Used by seed:large and notify.
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { config } from "../../lib/config";

/** The database of the running `npm start`, whose port is chosen at random on each start (exits with a hint when there is none). */
function runningStartDatabase(command: string): string {
  const dataDir = resolve(config().ROSTER_DATA_DIR ?? ".data");
  const file = join(dataDir, "runtime.json");
  const shown = file.startsWith(process.cwd() + sep) ? relative(process.cwd(), file) : file;
  const example = `  DATABASE_URL=postgresql://user:password@127.0.0.1:5432/roster ${command}`;
  if (!existsSync(file)) {
    console.error(
      `DATABASE_URL is not set, and ${shown} does not exist: start the app with \`npm start\` (in another terminal) and run this again, or point DATABASE_URL at the database to use, e.g.\n${example}`,
    );
    process.exit(1);
  }
  const runtime = JSON.parse(readFileSync(file, "utf8")) as { databaseUrl?: string; pid?: number };
  let running = true;
  if (runtime.pid) {
    try {
      process.kill(runtime.pid, 0);
    } catch (error) {
      running = (error as NodeJS.ErrnoException).code === "EPERM";
    }
  }
  if (!runtime.databaseUrl || !running) {
    console.error(
      `DATABASE_URL is not set, and the \`npm start\` that wrote ${shown} is no longer running: start it again (in another terminal) and run this again, or set DATABASE_URL, e.g.\n${example}`,
    );
    process.exit(1);
  }
  console.log(`DATABASE_URL is not set: using the database of the running \`npm start\` (from ${shown}).`);
  return runtime.databaseUrl;
}

/** DATABASE_URL, else the running `npm start`'s database; `command` is shown in the hint when neither is there. */
export function targetDatabaseUrl(command: string): string {
  return config().DATABASE_URL ?? runningStartDatabase(command);
}
