// What `npm start` checks before anything listens, each failure said in one line naming the
// variable and the reason (never its password). A stop for what cannot work (a database that
// is not PostgreSQL or does not answer, an SMTP_URL that is not one); a warning for what may
// be temporary or deliberate (a mail server down at this moment, an APP_URL on another port).
import pg from "pg";
import { isLoopbackAddress } from "@/lib/http/loopback";

const CONNECT_TIMEOUT_MS = 5_000;

/** host:port/path of a URL, without its credentials or query. */
export function whereOf(url: URL): string {
  return `${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname === "/" ? "" : url.pathname}`;
}

function parsed(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

const reasonOf = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException)?.code;
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const readable: Record<string, string> = {
    ECONNREFUSED: "connection refused (nothing listens there)",
    ENOTFOUND: "host not found",
    EAI_AGAIN: "host not found (DNS did not answer)",
    ETIMEDOUT: "no answer (timed out)",
    ECONNRESET: "connection reset",
  };
  return (code && readable[code]) || message;
};

/** Why the database cannot be used, in one line; null when it answers. */
export async function databaseUrlProblem(value: string): Promise<string | null> {
  const url = parsed(value);
  if (!url) return `DATABASE_URL is not a URL: expected postgresql://user:password@host:5432/database`;
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:")
    return `DATABASE_URL must be a postgresql:// URL, not ${url.protocol}// (Roster runs on PostgreSQL only)`;
  const client = new pg.Client({ connectionString: value, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A connection refused mid-way also emits "error": handled by the rejected connect().
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return `DATABASE_URL (${whereOf(url)}) does not answer: ${reasonOf(error)}`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Why SMTP_URL cannot be used at all, in one line; null when it is an smtp(s) URL. */
export function smtpUrlProblem(value: string): string | null {
  const url = parsed(value);
  if (!url) return `SMTP_URL is not a URL: expected smtp://user:password@host:587 (or smtps://… for TLS from the start)`;
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") return `SMTP_URL must be an smtp:// or smtps:// URL, not ${url.protocol}//`;
  if (!url.hostname) return `SMTP_URL names no host: expected smtp://user:password@host:587`;
  return null;
}

/** A warning line when the mail server does not answer now; null when it does. */
export async function smtpWarning(value: string, verify: () => Promise<unknown>): Promise<string | null> {
  try {
    await verify();
    return null;
  } catch (error) {
    return (
      `warning: SMTP_URL (${whereOf(new URL(value))}) does not answer: ${reasonOf(error)}. ` +
      `The app starts; emails wait in the outbox and are retried, and /api/ready reports mail as failing until it answers`
    );
  }
}

/**
 * A warning line when the APP_URL people and emailed links are sent to cannot be this app:
 * a loopback APP_URL on another port than PORT, an explicit port other than PORT on a plain
 * http URL, or a public APP_URL while the app listens on loopback only. (An https APP_URL on
 * its default port is taken as a reverse proxy in front, which may use any port behind it.)
 */
export function appUrlWarning({ appUrl, port, host }: { appUrl: string; port: number; host: string | undefined }): string | null {
  const url = parsed(appUrl);
  if (!url) return null; // the config schema refuses it
  const urlPort = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const loopbackUrl = isLoopbackAddress(url.hostname);
  const explicitOther = url.port !== "" && url.protocol === "http:" && urlPort !== port;
  if ((loopbackUrl && urlPort !== port) || explicitOther)
    return `warning: APP_URL (${url.origin}) is not on port ${port}, where the app listens: sign-in sends browsers and emailed links there. Set APP_URL=http://localhost:${port} (or your public URL)`;
  if (!loopbackUrl && host !== undefined && isLoopbackAddress(host))
    return `warning: APP_URL (${url.origin}) names another host, but the app listens on ${host} only: other machines cannot reach it (set ROSTER_HOST=0.0.0.0, or put a proxy on this machine in front)`;
  return null;
}
