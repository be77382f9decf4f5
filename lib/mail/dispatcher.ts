// Delivers due outbox rows over SMTP, with retries. Safe to run from several processes at
// once: rows are claimed with FOR UPDATE SKIP LOCKED and every status change after the
// send is conditional on still holding the claim, so a SENT row is never sent again.
// Time is the database's: when a row is due and when a claim ends are computed by
// PostgreSQL, so app servers whose clocks disagree never take over each other's live claims.
import type Mail from "nodemailer/lib/mailer";
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/prisma";
import { DISABLED_RECIPIENT_REASON, NOT_CONTACT_NOTIFICATIONS } from "./disabled-recipients";
import { OUTBOX_CHANNEL } from "./outbox-listener";
import { eraseSecrets } from "./outbox-secrets";
import { contentOf, type RenderCache, type SendableEmail } from "./send-time-content";
import { MAIL_FROM, maxSendMs } from "./transport";
import { logger } from "@/lib/log/logger";
import { emailDomain, redactedError } from "@/lib/log/redact";

/** Anything that can send a message the way nodemailer does (the real transport in practice). */
export type MailSender = { sendMail(message: Mail.Options): Promise<{ messageId: string }> };

/** What a pass did with the rows it claimed (rows it handed back untried are not counted). */
export type DeliveryResult = { sent: number; retried: number; failed: number; cancelled: number };

export type DeliverDueEmailsOptions = {
  db: Db;
  transport: MailSender;
  /** Pretend the database's clock says this (tests); by default PostgreSQL's now(). */
  now?: Date;
  batchSize?: number;
  maxAttempts?: number;
  from?: string;
  /** Once aborted, no send starts: the rest of the batch is handed back (shutdown). */
  signal?: AbortSignal;
  /** Sends in flight at once: at most the transport's pooled connections, so none waits for one. */
  concurrency?: number;
  /** Where failed attempts (warn) and emails given up (error) are logged: the app's logger by default. */
  log?: FailureLog;
};

type FailureLog = {
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
};

/** A pass starts sends for this long after its claim; later, it hands the rest back. */
export const SEND_START_WINDOW_MS = 60_000;
/** Writing a send's outcome: one UPDATE, with room for a busy database. */
export const MARK_MARGIN_MS = 30_000;
/**
 * How long a claim lasts; a row still SENDING after that is taken to be abandoned (its
 * sender crashed) and is sent again. A send may start until the end of the start window and
 * then last as long as the transport allows, and its outcome must be written before the
 * claim ends, or a second sender could take the row over while the first still delivers it.
 */
export const CLAIM_MS = SEND_START_WINDOW_MS + maxSendMs() + MARK_MARGIN_MS;

const DEFAULT_CONCURRENCY = 4;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 15 * 60_000;

type ClaimedEmail = {
  id: string;
  toEmail: string;
  toName: string | null;
  subject: string;
  html: string | null;
  text: string | null;
  attempts: number;
  template: string;
  props: unknown;
  /** The props that carry a working link, sealed (outbox-secrets.ts). */
  sealedProps: string | null;
  reasons: unknown;
  /** The recipient's language now: its contact's, else its user's, else the row's. */
  sendLocale: string;
  /** Cancelled by the claim instead: its recipient is a disabled contact. */
  withheld: boolean;
  /** The claim's end as PostgreSQL wrote it; later updates require it unchanged. */
  claim: string | null;
};

/** Delay before the next attempt after `attempts` failures: 5 s, 10 s, 20 s... capped at 15 min, plus up to 10 % jitter. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (1 + 0.1 * random()));
}

/** A one-line reason for the outbox row: never a stack, never longer than 500 characters. */
export function describeSendError(error: unknown): string {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
  const message = typeof e.message === "string" ? e.message : String(error);
  const code = typeof e.code === "string" ? e.code : undefined;
  const responseCode = typeof e.responseCode === "number" ? String(e.responseCode) : undefined;
  const prefix = [code, responseCode].filter(Boolean).join(" ");
  const line = (prefix ? `${prefix}: ` : "") + message.split("\n")[0].trim();
  return line.length > 500 ? `${line.slice(0, 497)}...` : line;
}

function messageIdDomain(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return match ? match[1] : "roster.localhost";
}

/** A lane's sends so far, once recorded (wrapped: an async function would wait for a bare promise). */
type Recorded = { recorded: Promise<void> };

/**
 * A permanent refusal (an SMTP 5xx reply such as "550 mailbox unavailable"): trying
 * again cannot help. Connection failures and 4xx replies are temporary.
 */
export function isPermanentFailure(error: unknown): boolean {
  if (error instanceof RenderError) return true;
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/** The email could not be rendered: trying again would fail the same way. */
class RenderError extends Error {
  constructor(cause: unknown) {
    super(`rendering failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** About two days of retries (the backoff is capped at 15 minutes), so an SMTP outage loses nothing. */
export const DEFAULT_MAX_ATTEMPTS = 200;

/** The current time as a `timestamp(3)` value in UTC, the way Prisma stores DateTime. */
function clock(now: Date | undefined): Prisma.Sql {
  return now ? Prisma.sql`${now.toISOString()}::timestamp` : Prisma.sql`timezone('UTC', now())`;
}

const afterMs = (now: Date | undefined, ms: number) => Prisma.sql`(${clock(now)} + ${ms} * interval '1 millisecond')`;

/**
 * One delivery pass: claims up to `batchSize` due rows (PENDING and due, or SENDING with an
 * expired claim), sends each, and records the outcome. A failed send goes back to PENDING
 * with a backed-off `nextAttemptAt`, or to FAILED once it has been tried `maxAttempts` times
 * or the server refused it for good. The same statement that claims cancels the due rows
 * addressed to a disabled contact of their organization (disabled-recipients.ts).
 */
export async function deliverDueEmails({
  db,
  transport,
  now,
  batchSize = 20,
  maxAttempts = DEFAULT_MAX_ATTEMPTS,
  from = MAIL_FROM,
  signal,
  concurrency = DEFAULT_CONCURRENCY,
  log = logger(),
}: DeliverDueEmailsOptions): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
  if (signal?.aborted) return result;
  // Measured from before the claim is asked for, so the local count runs ahead of the claim's.
  const claimStarted = performance.now();
  const rows = await db.$queryRaw<ClaimedEmail[]>`
    WITH clock AS (SELECT ${clock(now)} AS "now"),
    due AS (
      SELECT o."id",
        (o."organizationId" IS NOT NULL
          AND o."template" NOT IN (${Prisma.join(NOT_CONTACT_NOTIFICATIONS)})
          AND EXISTS (SELECT 1 FROM "Contact" c
                      WHERE c."organizationId" = o."organizationId" AND c."email" = o."toEmail" AND c."status" = 'DISABLED')
        ) AS "withheld"
      FROM "EmailOutbox" o, clock
      WHERE (o."status" = 'PENDING' AND o."nextAttemptAt" <= clock."now")
         OR (o."status" = 'SENDING' AND o."lockedUntil" < clock."now")
      ORDER BY o."nextAttemptAt"
      LIMIT ${batchSize}
      FOR UPDATE OF o SKIP LOCKED
    )
    UPDATE "EmailOutbox" o
    SET "status" = (CASE WHEN due."withheld" THEN 'CANCELLED' ELSE 'SENDING' END)::"EmailStatus",
        "lockedUntil" = CASE WHEN due."withheld" THEN NULL ELSE clock."now" + ${CLAIM_MS} * interval '1 millisecond' END,
        "lastError" = CASE WHEN due."withheld" THEN ${DISABLED_RECIPIENT_REASON} ELSE o."lastError" END,
        -- Only contact notifications are withheld, and none carries a link that works by itself.
        "sealedProps" = CASE WHEN due."withheld" THEN NULL ELSE o."sealedProps" END
    FROM due, clock
    WHERE o."id" = due."id"
    RETURNING o."id", o."toEmail", o."toName", o."subject", o."html", o."text", o."attempts", o."template", o."props", o."sealedProps", o."reasons",
      COALESCE((SELECT c.language::text FROM "Contact" c WHERE c.id = o."contactId"),
               (SELECT u.locale::text FROM "User" u WHERE u.id = o."userId"),
               o."locale"::text) AS "sendLocale",
      due."withheld", o."lockedUntil"::text AS "claim"`;
  result.cancelled = rows.filter((row) => row.withheld).length;
  const claimed = rows.filter((row) => !row.withheld);
  if (claimed.length === 0) return result;

  const domain = messageIdDomain(from);
  const unattempted: string[] = [];
  // Every row of the batch got the same claim end from the same statement.
  const stillOurs = Prisma.sql`"status" = 'SENDING' AND "lockedUntil" = ${claimed[0].claim}::timestamp`;

  const renders: RenderCache = new Map();
  const marks = recordSends(db, stillOurs, clock(now));
  const mayStart = () => !signal?.aborted && marks.failure === null && performance.now() - claimStarted <= SEND_START_WINDOW_MS;

  const handBack = (email: ClaimedEmail, previous: Recorded): Recorded => {
    unattempted.push(email.id);
    return previous;
  };

  const recordFailure = async (email: ClaimedEmail, error: unknown): Promise<void> => {
    const attempts = email.attempts + 1;
    const lastError = describeSendError(error);
    const giveUp = attempts >= maxAttempts || isPermanentFailure(error);
    const retryMs = retryDelayMs(attempts);
    // Given up: its link, if it carries one, is erased with it (a retry keeps it).
    await db.$executeRaw`
      UPDATE "EmailOutbox"
      SET "status" = ${giveUp ? "FAILED" : "PENDING"}::"EmailStatus", "attempts" = ${attempts}, "lastError" = ${lastError}, "lockedUntil" = NULL,
          "nextAttemptAt" = ${giveUp ? Prisma.sql`"nextAttemptAt"` : afterMs(now, retryMs)}
          ${giveUp ? Prisma.sql`, ${eraseSecrets('"EmailOutbox"')}` : Prisma.empty}
      WHERE "id" = ${email.id} AND ${stillOurs}`;
    // The recipient's domain only: enough to see which relay or domain refuses, no address in the logs.
    const fields = {
      email: email.id,
      template: email.template,
      to: emailDomain(email.toEmail),
      attempt: attempts,
      error: redactedError(lastError),
    };
    if (giveUp) {
      result.failed++;
      log.error(fields, "email given up");
    } else {
      result.retried++;
      log.warn({ ...fields, retryInSeconds: Math.round(retryMs / 1000) }, "email attempt failed");
    }
  };

  /**
   * One email of a lane: rendered while the lane's previous send is being recorded, and sent
   * only once it is (recordSends says why). Resolves with this lane's sends being recorded.
   */
  const deliver = async (email: ClaimedEmail, previous: Recorded): Promise<Recorded> => {
    if (!mayStart()) return handBack(email, previous);
    let content: SendableEmail;
    try {
      content = await contentOf(email, renders);
    } catch (error) {
      await recordFailure(email, new RenderError(error));
      return previous;
    }
    await previous.recorded;
    if (!mayStart()) return handBack(email, previous);
    let messageId: string;
    try {
      const info = await transport.sendMail({
        from,
        to: email.toName ? { name: email.toName, address: email.toEmail } : email.toEmail,
        subject: content.subject,
        html: content.html,
        text: content.text,
        // Stable across retries, so a receiver can spot a duplicate after a crash mid-send.
        messageId: `<${email.id}@${domain}>`,
        // Base64 is encoded natively; quoted-printable, in JavaScript, cost more than rendering.
        textEncoding: "base64",
      });
      messageId = info.messageId;
    } catch (error) {
      await recordFailure(email, error);
      return previous;
    }
    result.sent++;
    return {
      recorded: marks.record({ id: email.id, attempts: email.attempts + 1, messageId, subject: content.subject, locale: content.locale }),
    };
  };

  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, claimed.length) }, async () => {
    let lane: Recorded = { recorded: Promise.resolve() };
    while (next < claimed.length) lane = await deliver(claimed[next++], lane);
    await lane.recorded;
  });
  await Promise.all(lanes);

  if (unattempted.length > 0) {
    // Out of time for this claim, shutting down, or unable to record sends: hand these back
    // untouched rather than risk a double send, and wake the other workers (this one may be stopping).
    await db.$executeRaw`
      WITH returned AS (
        UPDATE "EmailOutbox" SET "status" = 'PENDING', "lockedUntil" = NULL
        WHERE "id" IN (${Prisma.join(unattempted)}) AND ${stillOurs}
        RETURNING 1
      )
      SELECT pg_notify(${OUTBOX_CHANNEL}, '') FROM returned LIMIT 1`;
  }
  if (marks.failure !== null) throw marks.failure;
  return result;
}

type SentEmail = { id: string; attempts: number; messageId: string; subject: string; locale: string };

/**
 * Marks each sent email SENT before its lane starts another send, so that a crash (kill -9,
 * power loss) leaves at most one email per lane — the sends in flight — accepted by the
 * server and not recorded, sent again once its claim expires; never a batch of them.
 * The marks are group-committed: a lane's mark is written at once when no statement is being
 * written, else together with every mark that arrives meanwhile, by the next statement. So
 * sends that finish apart cost one statement each, and lanes that finish together share one.
 * The statement erases the emails' links with their SENT mark (outbox-secrets.ts).
 * A failed write stops the pass (`failure`): its sends stay unrecorded, as after a crash.
 */
function recordSends(db: Db, stillOurs: Prisma.Sql, sentAt: Prisma.Sql) {
  let waiting: { row: SentEmail; recorded: () => void }[] = [];
  let writing = false;
  let failure: unknown = null;
  // Scalar parameters (a VALUES list): a statement per email or two is the common case, and
  // array parameters cost the client several times more.
  const write = (rows: SentEmail[]) => db.$executeRaw`
    UPDATE "EmailOutbox" o
    SET "status" = 'SENT', "attempts" = v.attempts, "messageId" = v."messageId", "sentAt" = ${sentAt}, "lockedUntil" = NULL, "lastError" = NULL,
        "subject" = v.subject, "locale" = v.locale::"Locale", ${eraseSecrets("o")}
    FROM (VALUES ${Prisma.join(rows.map((r) => Prisma.sql`(${r.id}, ${r.attempts}::int, ${r.messageId}, ${r.subject}, ${r.locale})`))})
      AS v(id, attempts, "messageId", subject, locale)
    WHERE o."id" = v.id AND ${stillOurs}`;
  const writeWaiting = async () => {
    writing = true;
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      if (failure === null) {
        try {
          await write(batch.map((entry) => entry.row));
        } catch (error) {
          failure = error;
        }
      }
      for (const entry of batch) entry.recorded();
    }
    writing = false;
  };
  return {
    /** The error of a failed write, if one failed: no lane should start another send. */
    get failure(): unknown {
      return failure;
    },
    /** Resolves once the email is marked SENT (or the marks have failed: see `failure`). */
    record(row: SentEmail): Promise<void> {
      return new Promise((recorded) => {
        waiting.push({ row, recorded });
        if (!writing) void writeWaiting();
      });
    },
  };
}

/**
 * Milliseconds until a pass would find work by the database's clock: the next retry that
 * falls due or the next claim that expires; 0 or less when something is due now; null when
 * nothing waits. One statement on the (status, nextAttemptAt) index.
 */
export async function msUntilNextDue(db: Db): Promise<number | null> {
  const [row] = await db.$queryRaw<{ ms: number | null }[]>`
    SELECT (EXTRACT(EPOCH FROM LEAST(
      (SELECT min("nextAttemptAt") FROM "EmailOutbox" WHERE "status" = 'PENDING'),
      (SELECT min("lockedUntil") FROM "EmailOutbox" WHERE "status" = 'SENDING')
    ) - timezone('UTC', now())) * 1000)::float8 AS "ms"`;
  return row?.ms ?? null;
}
