import { db } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n";
import { kickMailWorker } from "@/lib/mail/worker";
import { notify } from "@/lib/notifications/notify";
import { appUrl, config } from "@/lib/config";

/**
 * The emailed link opens our confirmation page, on this app's configured URL:
 * - Auth.js derives its URL from request headers (X-Forwarded-Host), which a caller
 *   could forge to send a victim a valid token on someone else's host;
 * - mail scanners that follow every link would otherwise use up the single-use token;
 *   the page only signs in when the person presses its button.
 */
export function emailedSignInUrl(callbackUrl: string): string {
  return appUrl(`/signin/confirm${new URL(callbackUrl).search}`);
}

/** At most this many sign-in emails per address per window, so the form cannot flood an inbox. */
export const signInEmailsPerWindow = () => config().SIGN_IN_EMAILS_PER_15_MIN;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/**
 * Queues the sign-in email in the language the person uses (their saved choice,
 * else the request's). Past the limit it quietly sends nothing: the page says the
 * same either way, so it tells nobody whether an address exists.
 */
export async function sendSignInLink(input: { email: string; url: string; requestLocale: Locale }): Promise<{ queued: boolean }> {
  const queued = await db.$transaction(async (tx) => {
    // Serializes requests for one address, so the count below cannot be raced past.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${input.email}`}))`;
    const recent = await tx.emailOutbox.count({
      where: { template: "sign-in", toEmail: input.email, createdAt: { gte: new Date(Date.now() - SIGN_IN_WINDOW_MS) } },
    });
    if (recent >= signInEmailsPerWindow()) return false;
    await notify(tx, { kind: "sign_in", email: input.email, url: emailedSignInUrl(input.url), locale: input.requestLocale });
    return true;
  });
  if (queued) kickMailWorker();
  else console.warn(`[auth] sign-in emails to one address over the limit (${signInEmailsPerWindow()} per 15 min, SIGN_IN_EMAILS_PER_15_MIN); not sending`);
  return { queued };
}
