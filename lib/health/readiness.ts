// Readiness: the database answers and has every migration this build ships, in one
// statement; the mail server answered its last verification, made recently by a timer
// (lib/mail/transport-check.ts), never by this request. A failing mail server is reported
// but does not make the instance unready: every instance shares it, emails wait in the
// outbox and are retried, and taking every instance out of a load balancer would stop the
// whole app for what delays its emails.
import type { Db } from "@/lib/db/prisma";
import { MAIL_CHECK_MAX_AGE_MS, type MailCheck } from "@/lib/mail/transport-check";

/** A database that does not answer within this is not ready (a stalled connection would hang the probe). */
export const READINESS_DB_TIMEOUT_MS = 3_000;

export type Readiness = {
  ready: boolean;
  database: { ok: boolean; error?: string };
  migrations: { ok: boolean; applied?: number; expected: number };
  mail: { ok: boolean; checkedSecondsAgo: number | null; error?: string };
};

type Options = { db: Db; expectedMigrations: readonly string[]; mail: MailCheck | null; now?: number; timeoutMs?: number };

/** Errors name no host nor credential: only their class of failure. */
function reason(error: unknown): string {
  const code = (error as { code?: unknown; cause?: { code?: unknown } })?.code ?? (error as { cause?: { code?: unknown } })?.cause?.code;
  if (typeof code === "string" && /^[A-Z0-9_]+$/.test(code)) return code;
  return error instanceof Error && error.message === "timeout" ? "timeout" : "unavailable";
}

const UNDEFINED_TABLE = "42P01";

export async function readiness({
  db,
  expectedMigrations,
  mail,
  now = Date.now(),
  timeoutMs = READINESS_DB_TIMEOUT_MS,
}: Options): Promise<Readiness> {
  const expected = expectedMigrations.length;
  let database: Readiness["database"] = { ok: true };
  let migrations: Readiness["migrations"] = { ok: false, expected };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const rows = await Promise.race([
      db.$queryRaw<{ applied: number }[]>`
        SELECT count(*)::int AS applied FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL AND migration_name = ANY(${[...expectedMigrations]}::text[])`,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), timeoutMs))),
    ]);
    const applied = rows[0]?.applied ?? 0;
    migrations = { ok: applied === expected, applied, expected };
  } catch (error) {
    const code = reason(error);
    if (code === UNDEFINED_TABLE || /_prisma_migrations.*does not exist/.test(String((error as Error)?.message))) {
      migrations = { ok: false, applied: 0, expected };
    } else {
      database = { ok: false, error: code };
    }
  } finally {
    clearTimeout(timer);
  }
  const fresh = mail !== null && now - mail.checkedAt <= MAIL_CHECK_MAX_AGE_MS;
  const mailState: Readiness["mail"] = {
    ok: fresh && mail.ok,
    checkedSecondsAgo: mail ? Math.round((now - mail.checkedAt) / 1000) : null,
    ...(mail && !mail.ok
      ? { error: mail.error?.split("\n")[0] }
      : !fresh
        ? { error: mail ? "not verified recently" : "not verified yet" }
        : {}),
  };
  return { ready: database.ok && migrations.ok, database, migrations, mail: mailState };
}
