// How long a session lasts and how use keeps it alive: Auth.js's database-session rule
// (maxAge, updateAge), applied where this app reads sessions (request-context.ts). Auth.js
// extends a session only in its own /api/auth/session, which no page calls, so without
// this an active person would be signed out mid-work at the expiry set when they signed in.
import type { Db } from "@/lib/db/prisma";

/** A session ends after this long without use. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/**
 * At most one extension per session in this long. Extending is the one write a page view may
 * cause besides "last active": bounded like it, after the response, as Auth.js itself does.
 */
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;
/** A session with less than this left was last extended over SESSION_UPDATE_AGE_SECONDS ago. */
export const SESSION_DUE_WITHIN_SECONDS = SESSION_MAX_AGE_SECONDS - SESSION_UPDATE_AGE_SECONDS;

/**
 * Pushes the session's expiry a full lifetime ahead, if it is still due: conditional, so two
 * requests at once write once, and an expired session stays expired. True when it wrote.
 */
export async function extendSession(db: Db, storedToken: string): Promise<boolean> {
  const written =
    await db.$executeRaw`UPDATE "Session" SET expires = (now() AT TIME ZONE 'UTC') + ${SESSION_MAX_AGE_SECONDS}::int * interval '1 second'
    WHERE "sessionToken" = ${storedToken} AND expires > (now() AT TIME ZONE 'UTC')
      AND expires < (now() AT TIME ZONE 'UTC') + ${SESSION_DUE_WITHIN_SECONDS}::int * interval '1 second'`;
  return written > 0;
}

/** Extensions scheduled or running in this process, by stored token (its hash), with when they were scheduled. */
type Pending = Map<string, number>;
const PENDING_KEY = "__rosterSessionExtensions";

/** On globalThis: Next bundles route entries apart, each with its own copy of this module. */
function pendingExtensions(): Pending {
  const holder = globalThis as typeof globalThis & { [PENDING_KEY]?: Pending };
  return (holder[PENDING_KEY] ??= new Map());
}

/**
 * Extends the session once the response is complete (`afterResponse`: Next's after()), once
 * however often the request reads it: a not-found or forbidden page renders apart from the
 * page that called it, reading the session again. A scheduled extension older than a minute
 * no longer holds others back (it may never have run).
 */
export function extendSessionAfterResponse(db: Db, storedToken: string, afterResponse: (task: () => Promise<void>) => void): void {
  const pending = pendingExtensions();
  const since = pending.get(storedToken);
  if (since !== undefined && Date.now() - since < 60_000) return;
  pending.set(storedToken, Date.now());
  afterResponse(async () => {
    try {
      await extendSession(db, storedToken);
    } catch (error) {
      console.error("[session]", error);
    } finally {
      pending.delete(storedToken);
    }
  });
}
