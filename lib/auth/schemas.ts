import { z } from "zod";

/** Only same-site paths may follow a sign-in, never another origin. */
export const safeCallbackUrl = z
  .string()
  .optional()
  .transform((value) => (value && value.startsWith("/") && !value.startsWith("//") ? value : "/"));

export const emailField = z.string({ error: "errors.required" }).trim().toLowerCase().min(1, "errors.required").max(254, "errors.tooLong").pipe(z.email("errors.email"));

export const signInSchema = z.object({ email: emailField, callbackUrl: safeCallbackUrl });
