import { db } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n";
import { kickMailWorker } from "@/lib/mail/worker";
import { notify } from "@/lib/notifications/notify";
import { appUrl, config } from "@/lib/config";
import { checkLimits, longestWait, purgeExpired, recordHits } from "@/lib/rate-limit/rate-limit";
import { limitRules, minutesToWait } from "@/lib/rate-limit/rules";

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

/** At most this many sign-in emails per mailbox per 15 minutes, so the form cannot flood an inbox. */
export const signInEmailsPerWindow = () => config().SIGN_IN_EMAILS_PER_15_MIN;

/** Why a request was refused in a way the person may be told: it says nothing about the address. */
export type SignInRefusal = { reason: "client" | "overall"; retryAfterMinutes: number };

export type SignInLinkResult = { queued: true } | { queued: false; refused?: SignInRefusal };

/**
 * Queues the sign-in email in the language the person uses (their saved choice, else
 * the request's), within three limits checked in one transaction with the outbox row:
 * - per client IP (when known, see lib/rate-limit/client-ip.ts) and for the whole app:
 *   refused with a wait the page may show, since it is the same for every address;
 * - per mailbox (`a+1@` counts as `a@`): past it nothing is sent and the page says the
 *   same as when it is, so it tells nobody whether an address exists or was targeted.
 */
export async function sendSignInLink(input: { email: string; url: string; requestLocale: Locale; clientIp?: string | null }): Promise<SignInLinkResult> {
  await purgeExpired();
  const client = input.clientIp ? limitRules.signInIp(input.clientIp) : null;
  const overall = limitRules.outgoingEmails();
  const address = limitRules.signInAddress(input.email);
  const result = await db.$transaction(async (tx): Promise<SignInLinkResult> => {
    const exceeded = await checkLimits(tx, [client, overall, address].filter((rule) => rule !== null));
    const over = (rule: typeof address | null) => exceeded.filter((entry) => entry.rule === rule);
    if (over(client).length) return { queued: false, refused: { reason: "client", retryAfterMinutes: minutesToWait(longestWait(over(client))) } };
    // Every request that got past its client's limit counts toward it, sent or not.
    if (client) await recordHits(tx, [client]);
    if (over(overall).length) return { queued: false, refused: { reason: "overall", retryAfterMinutes: minutesToWait(longestWait(over(overall))) } };
    if (over(address).length) return { queued: false };
    await recordHits(tx, [overall, address]);
    // The routing table addresses it to the person signing in, in their saved language, else the request's.
    await notify(tx, { kind: "sign_in", email: input.email, url: emailedSignInUrl(input.url), locale: input.requestLocale });
    return { queued: true };
  });
  if (result.queued) kickMailWorker();
  else if (result.refused) console.warn(`[auth] sign-in link refused: too many requests ${result.refused.reason === "client" ? "from one client (SIGN_IN_REQUESTS_PER_IP_PER_HOUR)" : "overall (EMAILS_PER_HOUR)"}`);
  else console.warn(`[auth] sign-in emails to one mailbox over the limit (${signInEmailsPerWindow()} per 15 min, SIGN_IN_EMAILS_PER_15_MIN); not sending`);
  return result;
}
