// Carries a sign-in refusal the person may be told about (too many requests from their
// network, or an app-wide budget used up) out of Auth.js: sendVerificationRequest throws it.
// - Called from our form's server action (signIn()), Auth.js rethrows it: the action shows the wait.
// - Posted to Auth.js's own route (POST /api/auth/signin/nodemailer), Auth.js turns any error
//   into a redirect to its error page with `?error=Configuration`, which cannot carry the
//   wait: the refusal is also noted for that request, and the route redirects to a page
//   that says it (app/api/auth/[...nextauth]/route.ts).
import { AsyncLocalStorage } from "node:async_hooks";
import { AuthError } from "next-auth";
import { appUrl } from "@/lib/config";
import { formatDuration, translator, type Locale } from "@/lib/i18n";
import type { SignInRefusal } from "./send-sign-in-link";
import { routes } from "@/lib/routes";

export class SignInRefused extends AuthError {
  static type = "SignInRefused";
  constructor(readonly refusal: SignInRefusal) {
    super(`sign-in link refused (${refusal.reason}), retry in ${refusal.retryAfterMinutes} min`);
  }
}

const noted = new AsyncLocalStorage<{ refusal: SignInRefusal | null }>();

/** Throws the refusal, noting it for the Auth.js route running this request, if any. */
export function refuseSignIn(refusal: SignInRefusal): never {
  const store = noted.getStore();
  if (store) store.refusal = refusal;
  throw new SignInRefused(refusal);
}

/** Runs an Auth.js route handler; returns its response and the refusal thrown within it. */
export async function noteSignInRefusal(handle: () => Promise<Response>): Promise<{ response: Response; refusal: SignInRefusal | null }> {
  const store = { refusal: null as SignInRefusal | null };
  const response = await noted.run(store, handle);
  return { response, refusal: store.refusal };
}

/** What the page says: the same for every address. */
export function signInRefusalMessage(locale: Locale, refusal: SignInRefusal): string {
  const wait = formatDuration(locale, refusal.retryAfterMinutes);
  return translator(locale)(refusal.reason === "client" ? "auth.tooManyRequests" : "auth.busy", { wait });
}

/** The sign-in error page's address for a refusal (read back by signInRefusalOf). */
export function signInRefusalUrl(refusal: SignInRefusal): string {
  return appUrl(routes.signInError({ error: "TooManyRequests", reason: refusal.reason, minutes: refusal.retryAfterMinutes }));
}

/** The refusal named by the error page's query, or null (anything else, or out of range). */
export function signInRefusalOf(query: { error?: string; reason?: string; minutes?: string }): SignInRefusal | null {
  if (
    query.error !== "TooManyRequests" ||
    (query.reason !== "client" && query.reason !== "overall") ||
    !/^\d{1,4}$/.test(query.minutes ?? "")
  )
    return null;
  const minutes = Number(query.minutes);
  return minutes >= 1 && minutes <= 24 * 60 ? { reason: query.reason, retryAfterMinutes: minutes } : null;
}
