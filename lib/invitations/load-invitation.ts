import { db } from "@/lib/db/prisma";
import type { ContactRoleType, Locale } from "@/lib/db/generated/enums";
import { inviteeContactDisabled, inviteeHasAccess } from "./invitee-access";
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
      /** The signed-in viewer's standing in the organization; null when signed out. */
      viewer: ViewerStanding | null;
    };

export type ViewerStanding = {
  /** They can open the organization (a membership, or a contact role that gives access). */
  hasAccess: boolean;
  /** Their contact record (by email) was disabled by an administrator: they cannot accept. */
  contactDisabled: boolean;
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
      organization: { select: { id: true, name: true, slug: true } },
    },
  });
  if (!invitation) return { state: "not_found" };
  const { id: organizationId, ...organization } = invitation.organization;
  return {
    state: invitationState(invitation, now),
    organization,
    roles: invitation.contactRoles,
    language: invitation.language,
    expiresAt: invitation.expiresAt,
    acceptedByViewer: !!viewerUserId && invitation.acceptedByUserId === viewerUserId,
    viewer: viewerUserId ? await viewerStanding(viewerUserId, organizationId) : null,
  };
}

async function viewerStanding(userId: string, organizationId: string): Promise<ViewerStanding | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return null;
  return {
    hasAccess: await inviteeHasAccess(db, userId, organizationId),
    contactDisabled: await inviteeContactDisabled(db, user.email, organizationId),
  };
}
