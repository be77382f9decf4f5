"use server";
// Thin server actions of the *Invite a contact* tab and the pending invitations list:
// the caller, the language, the use case; the page is refreshed after a change.
import { runOrgAction } from "@/lib/actions/run-org-action";
import type { ActionResult } from "@/lib/actions/result";
import { createContactInvitation, type CreatedContactInvitation } from "@/lib/invitations/create-contact-invitation";
import { sendInvitationEmail } from "@/lib/invitations/send-invitation-email";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { markInvitationShared } from "@/lib/invitations/mark-invitation-shared";
import { routes } from "@/lib/routes";

const page = (slug: string) => routes.contacts(slug);

export async function createContactInvitationAction(
  slug: string,
  _previous: ActionResult<CreatedContactInvitation> | null,
  formData: FormData,
) {
  return runOrgAction(createContactInvitation, slug, formData, page);
}

export async function sendInvitationEmailAction(slug: string, _previous: ActionResult<{ email: string }> | null, formData: FormData) {
  return runOrgAction(sendInvitationEmail, slug, formData, page);
}

export async function resendInvitationAction(
  slug: string,
  _previous: ActionResult<{ email: string; expiresAt: Date }> | null,
  formData: FormData,
) {
  return runOrgAction(resendInvitation, slug, formData, page);
}

export async function revokeInvitationAction(slug: string, _previous: ActionResult<{ invitationId: string }> | null, formData: FormData) {
  return runOrgAction(revokeInvitation, slug, formData, page);
}

/** Copy or Go to email client in the dialog: the invitation is shared, so the pending list shows it (after the dialog closes). */
export async function markInvitationSharedAction(slug: string, invitationId: string, via: "copy" | "mailClient") {
  return runOrgAction(markInvitationShared, slug, { invitationId, via }, page);
}
