"use server";
// Thin server actions of the *Invite a contact* tab and the pending invitations list:
// the caller, the language, the use case; the page is refreshed after a change.
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import type { ActionResult } from "@/lib/actions/result";
import { createContactInvitation, type CreatedContactInvitation } from "@/lib/invitations/create-contact-invitation";
import { sendInvitationEmail } from "@/lib/invitations/send-invitation-email";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";

const refresh = (slug: string) => revalidatePath(`/orgs/${encodeURIComponent(slug)}/contacts`);

export async function createContactInvitationAction(slug: string, _previous: ActionResult<CreatedContactInvitation> | null, formData: FormData) {
  const result = await createContactInvitation.call(await currentActor(), slug, formData, { locale: await getRequestLocale() });
  if (result.ok) refresh(slug);
  return result;
}

export async function sendInvitationEmailAction(slug: string, _previous: ActionResult<{ email: string }> | null, formData: FormData) {
  const result = await sendInvitationEmail.call(await currentActor(), slug, formData, { locale: await getRequestLocale() });
  if (result.ok) refresh(slug);
  return result;
}

export async function resendInvitationAction(slug: string, _previous: ActionResult<{ email: string; expiresAt: Date }> | null, formData: FormData) {
  const result = await resendInvitation.call(await currentActor(), slug, formData, { locale: await getRequestLocale() });
  if (result.ok) refresh(slug);
  return result;
}

export async function revokeInvitationAction(slug: string, _previous: ActionResult<{ invitationId: string }> | null, formData: FormData) {
  const result = await revokeInvitation.call(await currentActor(), slug, formData, { locale: await getRequestLocale() });
  if (result.ok) refresh(slug);
  return result;
}
