"use server";
import { unstable_rethrow } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/auth";
import { getRequestLocale } from "@/lib/i18n/server";
import { toFailure } from "@/lib/actions/define-action";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { signInSchema } from "@/lib/auth/sign-in-schemas";
import { SignInRefused, signInRefusalMessage } from "@/lib/auth/sign-in-refused";
import { routes } from "@/lib/routes";

export async function requestSignInLinkAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const locale = await getRequestLocale();
  // Whatever was posted (FormData, an object, anything else): the schema decides.
  const parsed = signInSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return toFailure(parsed.error, locale);
  try {
    await signIn("nodemailer", { email: parsed.data.email, redirectTo: parsed.data.callbackUrl });
    return { ok: true, data: null };
  } catch (error) {
    // Lets Next's own redirect (to "check your email") through.
    unstable_rethrow(error);
    if (error instanceof SignInRefused) {
      // Too many requests from this network or overall: the same for every address, so it may be said.
      return { ok: false, code: "RATE_LIMITED", formError: signInRefusalMessage(locale, error.refusal) };
    }
    return toFailure(error, locale);
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: routes.signIn() });
}
