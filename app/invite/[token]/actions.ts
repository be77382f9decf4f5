"use server";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import type { ActionResult } from "@/lib/actions/result";
import { acceptInvitation, type AcceptedInvitation } from "@/lib/invitations/accept-invitation";

/** The form shows the confirmation from the result; a reload shows it too (the page knows who accepted). */
export async function acceptInvitationAction(_previous: ActionResult<AcceptedInvitation> | null, formData: FormData) {
  return acceptInvitation.call(await currentActor(), formData, { locale: await getRequestLocale() });
}
