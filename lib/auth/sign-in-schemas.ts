// The sign-in form's fields and the sign-in pages' URL parameters. Every parameter falls
// back to a harmless default on junk: these pages are opened from emails and other sites,
// with whatever query anyone wrote.
import { z } from "zod";
import { emailField } from "./schemas";
import { sameSitePath } from "./same-site-path";

/** A callbackUrl from a form or a URL: anything but a path of this site leads home. */
export const safeCallbackUrl = z
  .unknown()
  .optional()
  .transform((value) => sameSitePath(value));

export const signInSchema = z.object({ email: emailField, callbackUrl: safeCallbackUrl });

/** /signin?callbackUrl=… */
export const signInPageQuerySchema = z.object({ callbackUrl: safeCallbackUrl });

/** /signin/error?error=… (Auth.js's error code). */
/** /signin/error?error=…, and for a refused link &reason=…&minutes=… (read by signInRefusalOf). */
export const signInErrorQuerySchema = z.object({
  error: z.string().max(100).optional().catch(undefined),
  reason: z.string().max(20).optional().catch(undefined),
  minutes: z.string().max(10).optional().catch(undefined),
});

/** Any text at most `max` long, else "" (the page then says the link is incomplete). */
const linkPart = (max: number) => z.string().max(max).catch("");

/**
 * /signin/confirm?token=…&email=…&callbackUrl=… (the emailed link). Passed on to Auth.js's
 * callback as they are: Auth.js checks the token, and our redirect callback the callbackUrl.
 */
export const confirmSignInQuerySchema = z.object({ token: linkPart(200), email: linkPart(254), callbackUrl: linkPart(2000) });
