import { db } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n";
import { kickMailWorker } from "@/lib/mail/worker";
import { notify } from "@/lib/notifications/notify";
import { appUrl, config } from "@/lib/config";
import { checkLimits, longestWait, purgeExpired, recordHits, type LimitRule } from "@/lib/rate-limit/rate-limit";
import { limitRules, minutesToWait } from "@/lib/rate-limit/rules";
import { signInBudget } from "@/lib/rate-limit/email-budget";
import { routes } from "@/lib/routes";

/**
 * The emailed link opens our confirmation page, on this app's configured URL:
 * - Auth.js derives its URL from request headers (X-Forwarded-Host), which a caller
 *   could forge to send a victim a valid token on someone else's host;
 * - mail scanners that follow every link would otherwise use up the single-use token;
 *   the page only signs in when the person presses its button.
 */
export function emailedSignInUrl(callbackUrl: string): string {
  return appUrl(routes.signInConfirm(new URL(callbackUrl).search));
}

/** At most this many sign-in emails per mailbox per 15 minutes, so the form cannot flood an inbox. */
export const signInEmailsPerWindow = () => config().SIGN_IN_EMAILS_PER_15_MIN;

/**
 * What the page may say besides "check your email", the same whatever the address, so it
 * tells nobody whether one exists: too many requests from this client (nothing sent), or
 * an app-wide budget used up (sent only when the address's own budget has room).
 */
export type SignInRefusal = { reason: "client" | "overall"; retryAfterMinutes: number };

export type SignInLinkResult = { queued: boolean; refused?: SignInRefusal };

/**
 * Queues the sign-in email in the language the person uses (their saved choice, else
 * the request's), within these limits, checked in one transaction with the outbox row:
 * - per client IP (when known, see lib/rate-limit/client-ip.ts): refused with a wait;
 * - the app-wide hourly budget of the address (lib/rate-limit/rules.ts): people the app
 *   knows draw from one that requests for unknown addresses never use up. While either
 *   budget is used up, every request gets the same "if no email arrives, try again in N
 *   minutes", sent or not, so the answer never tells which budget an address draws from;
 * - per mailbox (`a+1@` counts as `a@`): past it nothing is sent and the page says the
 *   same as when it is, so it tells nobody whether an address exists or was targeted.
 */
export async function sendSignInLink(input: {
  email: string;
  url: string;
  requestLocale: Locale;
  clientIp?: string | null;
}): Promise<SignInLinkResult> {
  await purgeExpired();
  const client = input.clientIp ? limitRules.signInIp(input.clientIp) : null;
  const address = limitRules.signInAddress(input.email);
  const budgets = { known: limitRules.outgoingEmails("known"), newcomers: limitRules.outgoingEmails("newcomers") };
  const result = await db.$transaction(async (tx): Promise<SignInLinkResult> => {
    const own = budgets[await signInBudget(tx, input.email)];
    const exceeded = await checkLimits(
      tx,
      [client, budgets.known, budgets.newcomers, address].filter((rule) => rule !== null),
    );
    const over = (...rules: (LimitRule | null)[]) => exceeded.filter((entry) => rules.includes(entry.rule));
    if (over(client).length)
      return { queued: false, refused: { reason: "client", retryAfterMinutes: minutesToWait(longestWait(over(client))) } };
    // Every request that got past its client's limit counts toward it, sent or not.
    if (client) await recordHits(tx, [client]);
    const busy = over(budgets.known, budgets.newcomers);
    const said = busy.length ? { refused: { reason: "overall" as const, retryAfterMinutes: minutesToWait(longestWait(busy)) } } : {};
    if (over(own, address).length) return { queued: false, ...said };
    await recordHits(tx, [own, address]);
    // The routing table addresses it to the person signing in, in their saved language, else the request's.
    await notify(tx, { kind: "sign_in", email: input.email, url: emailedSignInUrl(input.url), locale: input.requestLocale });
    return { queued: true, ...said };
  });
  if (result.queued) kickMailWorker();
  if (result.refused?.reason === "client")
    console.warn("[auth] sign-in link refused: too many requests from one client (SIGN_IN_REQUESTS_PER_IP_PER_HOUR)");
  else if (result.refused)
    console.warn(
      `[auth] an hourly email budget is used up (EMAILS_PER_HOUR: people the app knows; NEWCOMER_EMAILS_PER_HOUR: other addresses); this sign-in link ${result.queued ? "was still sent (its own budget has room)" : "was not sent"}`,
    );
  else if (!result.queued)
    console.warn(
      `[auth] sign-in emails to one mailbox over the limit (${signInEmailsPerWindow()} per 15 min, SIGN_IN_EMAILS_PER_15_MIN); not sending`,
    );
  return result;
}
