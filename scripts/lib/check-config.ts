// Imported by scripts/start.ts right after the environment is loaded, before any module that
// reads a setting when it is imported (lib/mail/transport.ts): a variable zod refuses
// (PORT=abc, ROSTER_WORKERS=0) stops the start with one line naming it and exit code 2,
// instead of that module's stack trace.
import { config, ConfigError } from "../../lib/config";

/** "Invalid configuration:\n  PORT="abc": reason\n  …" as one line. */
export const oneLine = (error: ConfigError) =>
  `invalid configuration: ${error.message
    .split("\n")
    .slice(1)
    .map((line) => line.trim())
    .join("; ")}`;

try {
  config();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`[roster] ${oneLine(error)}`);
  process.exit(2);
}
