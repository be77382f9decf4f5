import { z } from "zod";

const PLACEHOLDER_ORIGIN = "http://roster.invalid";

/**
 * Only a path of this site may follow a sign-in, never another origin. Browsers read
 * "/\\evil.com" or "/\tevil.com" as "//evil.com", so anything but a plain path is refused.
 */
export function sameSitePath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(value)) return "/";
  try {
    const url = new URL(value, PLACEHOLDER_ORIGIN);
    return url.origin === PLACEHOLDER_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}

export const safeCallbackUrl = z.string().optional().transform((value) => sameSitePath(value));

export const emailField = z.string({ error: "errors.required" }).trim().toLowerCase().min(1, "errors.required").max(254, "errors.tooLong").pipe(z.email("errors.email"));

export const signInSchema = z.object({ email: emailField, callbackUrl: safeCallbackUrl });
