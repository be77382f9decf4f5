// The app's logger (pino): JSON lines with LOG_FORMAT=json, for a log collector; otherwise
// one readable line per event ("level message key=value…"). Level from LOG_LEVEL (info).
import pino, { type Logger } from "pino";
import { config } from "@/lib/config";

/** A pino record as one readable line: time, level, message, then the fields. */
export function readableLine(json: string): string {
  const { level, time, msg, pid: _pid, hostname: _host, ...fields } = JSON.parse(json) as Record<string, unknown>;
  const name = pino.levels.labels[Number(level)] ?? String(level);
  const rest = Object.entries(fields)
    .map(([key, value]) => `${key}=${typeof value === "string" && !/\s/.test(value) ? value : JSON.stringify(value)}`)
    .join(" ");
  return `${new Date(Number(time)).toISOString()} ${name.toUpperCase()} ${msg ?? ""}${rest ? ` ${rest}` : ""}\n`;
}

export function createLogger(
  { format, level, worker }: { format: "json" | "text"; level: string; worker?: number },
  out: { write(line: string): unknown } = process.stdout,
): Logger {
  const destination = format === "json" ? out : { write: (line: string) => out.write(readableLine(line)) };
  // With several app processes (scripts/lib/next-cluster.ts), each line says which one wrote it.
  return pino({ level, base: worker ? { worker } : undefined }, destination);
}

const globalForLog = globalThis as unknown as { rosterLogger?: Logger };

/** The process's logger, made on first use. */
export function logger(): Logger {
  const { LOG_FORMAT, LOG_LEVEL, ROSTER_WORKER_INDEX } = config();
  return (globalForLog.rosterLogger ??= createLogger({ format: LOG_FORMAT, level: LOG_LEVEL, worker: ROSTER_WORKER_INDEX }));
}
