// Delivers due outbox rows over SMTP, with retries. Safe to run from several processes at
// once: rows are claimed with FOR UPDATE SKIP LOCKED and every status change after the
// send is conditional on still holding the claim, so a SENT row is never sent again.
import type Mail from "nodemailer/lib/mailer";
import type { Db } from "@/lib/db/prisma";
import { MAIL_FROM } from "./transport";
import { contentOf, type RenderCache } from "./send-time-content";

/** Anything that can send a message the way nodemailer does (the real transport in practice). */
export type MailSender = { sendMail(message: Mail.Options): Promise<{ messageId: string }> };

export type DeliveryResult = { sent: number; retried: number; failed: number };

export type DeliverDueEmailsOptions = {
  db: Db;
  transport: MailSender;
  now?: Date;
  batchSize?: number;
  maxAttempts?: number;
  from?: string;
};

/** How long a claim lasts; a row still SENDING after that is taken to be abandoned and is retried. */
export const CLAIM_MS = 2 * 60_000;
/** Stop starting new sends this long before the claim ends, and give the rest back. */
const CLAIM_SAFETY_MS = 30_000;
const CONCURRENCY = 4;
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
  reasons: unknown;
  /** The recipient's language now: its contact's, else its user's, else the row's. */
  sendLocale: string;
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

/** Runs `work` over `items` with at most `limit` in flight. */
async function forEachConcurrently<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}

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

/**
 * One delivery pass: claims up to `batchSize` due rows (PENDING and due, or SENDING with an
 * expired claim), sends each, and records the outcome. A failed send goes back to PENDING
 * with a backed-off `nextAttemptAt`, or to FAILED once it has been tried `maxAttempts` times
 * or the server refused it for good.
 */
export async function deliverDueEmails({
  db,
  transport,
  now = new Date(),
  batchSize = 20,
  maxAttempts = DEFAULT_MAX_ATTEMPTS,
  from = MAIL_FROM,
}: DeliverDueEmailsOptions): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  // Prisma stores DateTime as UTC in `timestamp(3)`; casting the ISO text keeps that wall time.
  const lockedUntil = new Date(now.getTime() + CLAIM_MS);
  const claimed = await db.$queryRaw<ClaimedEmail[]>`
    UPDATE "EmailOutbox"
    SET "status" = 'SENDING', "lockedUntil" = ${lockedUntil.toISOString()}::timestamp
    WHERE "id" IN (
      SELECT "id" FROM "EmailOutbox"
      WHERE ("status" = 'PENDING' AND "nextAttemptAt" <= ${now.toISOString()}::timestamp)
         OR ("status" = 'SENDING' AND "lockedUntil" < ${now.toISOString()}::timestamp)
      ORDER BY "nextAttemptAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "toEmail", "toName", "subject", "html", "text", "attempts", "template", "props", "reasons",
      COALESCE((SELECT c.language::text FROM "Contact" c WHERE c.id = "EmailOutbox"."contactId"),
               (SELECT u.locale::text FROM "User" u WHERE u.id = "EmailOutbox"."userId"),
               "locale"::text) AS "sendLocale"`;
  if (claimed.length === 0) return result;

  const domain = messageIdDomain(from);
  const stopStartingAt = performance.now() + CLAIM_MS - CLAIM_SAFETY_MS;
  const unattempted: string[] = [];
  const stillOurs = { id: "", status: "SENDING" as const, lockedUntil };

  const renders: RenderCache = new Map();
  await forEachConcurrently(claimed, CONCURRENCY, async (email) => {
    if (performance.now() > stopStartingAt) {
      unattempted.push(email.id);
      return;
    }
    const attempts = email.attempts + 1;
    let messageId: string;
    let content: Awaited<ReturnType<typeof contentOf>>;
    try {
      content = await contentOf(email, renders).catch((error: unknown) => {
        throw new RenderError(error);
      });
      const info = await transport.sendMail({
        from,
        to: email.toName ? { name: email.toName, address: email.toEmail } : email.toEmail,
        subject: content.subject,
        html: content.html,
        text: content.text,
        // Stable across retries, so a receiver can spot a duplicate after a crash mid-send.
        messageId: `<${email.id}@${domain}>`,
      });
      messageId = info.messageId;
    } catch (error) {
      const lastError = describeSendError(error);
      const giveUp = attempts >= maxAttempts || isPermanentFailure(error);
      await db.emailOutbox.updateMany({
        where: { ...stillOurs, id: email.id },
        data: giveUp
          ? { status: "FAILED", attempts, lastError, lockedUntil: null }
          : { status: "PENDING", attempts, lastError, lockedUntil: null, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) },
      });
      if (giveUp) result.failed++;
      else result.retried++;
      return;
    }
    await db.emailOutbox.updateMany({
      where: { ...stillOurs, id: email.id },
      data: { status: "SENT", attempts, messageId, sentAt: now, lockedUntil: null, lastError: null, subject: content.subject, locale: content.locale },
    });
    result.sent++;
  });

  if (unattempted.length > 0) {
    // Out of time for this claim: hand these back untouched rather than risk a double send.
    await db.emailOutbox.updateMany({
      where: { ...stillOurs, id: { in: unattempted } },
      data: { status: "PENDING", lockedUntil: null },
    });
  }
  return result;
}
