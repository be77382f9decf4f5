import { db } from "@/lib/db/prisma";
import type { ContactRoleType, Locale } from "@/lib/db/generated/enums";
import { invitationState, type InvitationState } from "./state";
import { hashToken } from "./token";

export type LoadedInvitation =
  | { state: "not_found" }
  | {
      state: InvitationState;
      organization: { name: string; slug: string };
      roles: ContactRoleType[];
      language: Locale;
      expiresAt: Date;
      /** True when `viewerUserId` is the one who accepted it. */
      acceptedByViewer: boolean;
    };

/**
 * What the invitation page shows for a link: looked up by the token's hash (the token is the
 * credential; no sign-in needed to see which organization invites and with which roles).
 */
export async function loadInvitation(token: string, { viewerUserId = null, now = new Date() }: { viewerUserId?: string | null; now?: Date } = {}): Promise<LoadedInvitation> {
  if (!token || token.length > 200) return { state: "not_found" };
  const invitation = await db.invitation.findFirst({
    where: { tokenHash: hashToken(token), kind: "CONTACT" },
    select: {
      contactRoles: true, language: true, expiresAt: true, revokedAt: true, acceptedAt: true, acceptedByUserId: true,
      organization: { select: { name: true, slug: true } },
    },
  });
  if (!invitation) return { state: "not_found" };
  return {
    state: invitationState(invitation, now),
    organization: invitation.organization,
    roles: invitation.contactRoles,
    language: invitation.language,
    expiresAt: invitation.expiresAt,
    acceptedByViewer: !!viewerUserId && invitation.acceptedByUserId === viewerUserId,
  };
}
