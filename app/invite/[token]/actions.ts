"use server";
import { z } from "zod";
import { currentActor } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/auth";
import { sameSitePath } from "@/lib/auth/same-site-path";
import { formDataToObject } from "@/lib/actions/form-data";
import { getRequestLocale } from "@/lib/i18n/server";
import type { ActionResult } from "@/lib/actions/result";
import { acceptInvitation, type AcceptedInvitation } from "@/lib/invitations/accept-invitation";
import { routes } from "@/lib/routes";

/** The form shows the confirmation from the result; a reload shows it too (the page knows who accepted). */
export async function acceptInvitationAction(_previous: ActionResult<AcceptedInvitation> | null, formData: FormData) {
  return acceptInvitation.call(await currentActor(), formData, { locale: await getRequestLocale() });
}

// Anything but a text path goes back to the start page.
const signOutToInvitationSchema = z.object({ callbackUrl: z.string().catch("/") }).catch({ callbackUrl: "/" });

/** "Sign out" on a user invitation opened with another account: back to the sign-in page, then to this invitation. */
export async function signOutToInvitationAction(formData: FormData): Promise<void> {
  const back = sameSitePath(signOutToInvitationSchema.parse(formDataToObject(formData)).callbackUrl);
  await signOut({ redirectTo: routes.signIn(back) });
}
