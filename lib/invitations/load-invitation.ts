import { db } from "@/lib/db/prisma";
import type { ContactRoleType, Locale, OrgRole } from "@/lib/db/generated/enums";
import { inviteeContactDisabled, inviteeHasAccess } from "./invitee-access";
import { maskEmail } from "./mask-email";
import { invitationState, type InvitationState } from "./state";
import { hashToken } from "./token";

export type LoadedInvitation =
  | { state: "not_found" }
  | {
      state: InvitationState;
      kind: "CONTACT" | "USER";
      organization: { name: string; slug: string };
      roles: ContactRoleType[];
      language: Locale;
      expiresAt: Date;
      /** True when `viewerUserId` is the one who accepted it. */
      acceptedByViewer: boolean;
      /** The signed-in viewer's standing in the organization; null when signed out. */
      viewer: ViewerStanding | null;
      /** User invitations: the role, the bound address (masked) and the workspaces it brings. */
      user: { role: OrgRole; maskedEmail: string; workspaces: string[] } | null;
    };

export type ViewerStanding = {
  /** They can open the organization (a membership, or a contact role that gives access). */
  hasAccess: boolean;
  /** Their contact record (by email) was disabled by an administrator: they cannot accept a contact invitation. */
  contactDisabled: boolean;
  /** A user invitation is bound to one address: is it the viewer's? (Always true for contact invitations.) */
  isInvitee: boolean;
};

/**
 * What the invitation page shows for a link, of either kind: looked up by the token's hash
 * (the token is the credential; no sign-in needed to see which organization invites, as
 * what, and — masked — for which address).
 */
export async function loadInvitation(
  token: string,
  { viewerUserId = null, now = new Date() }: { viewerUserId?: string | null; now?: Date } = {},
): Promise<LoadedInvitation> {
  if (!token || token.length > 200) return { state: "not_found" };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      kind: true,
      email: true,
      orgRole: true,
      workspaceIds: true,
      contactRoles: true,
      language: true,
      expiresAt: true,
      revokedAt: true,
      acceptedAt: true,
      acceptedByUserId: true,
      organization: { select: { id: true, name: true, slug: true } },
    },
  });
  if (!invitation) return { state: "not_found" };
  const { id: organizationId, ...organization } = invitation.organization;
  const state = invitationState(invitation, now);
  return {
    state,
    kind: invitation.kind,
    organization,
    roles: invitation.contactRoles,
    language: invitation.language,
    expiresAt: invitation.expiresAt,
    acceptedByViewer: !!viewerUserId && invitation.acceptedByUserId === viewerUserId,
    viewer: viewerUserId ? await viewerStanding(viewerUserId, organizationId, invitation.kind === "USER" ? invitation.email : null) : null,
    user:
      invitation.kind === "USER" && invitation.email
        ? {
            role: invitation.orgRole ?? "MEMBER",
            maskedEmail: maskEmail(invitation.email),
            workspaces: state === "valid" ? await offeredWorkspaces(organizationId, invitation.email, invitation.workspaceIds) : [],
          }
        : null,
  };
}

async function viewerStanding(userId: string, organizationId: string, boundEmail: string | null): Promise<ViewerStanding | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return null;
  return {
    hasAccess: await inviteeHasAccess(db, userId, organizationId),
    contactDisabled: await inviteeContactDisabled(db, user.email, organizationId),
    isInvitee: boundEmail === null || boundEmail === user.email,
  };
}

/**
 * The workspaces the pending membership of that email has now (admins may change them before acceptance), else those the invitation
 * recorded.
 */
async function offeredWorkspaces(organizationId: string, email: string, recorded: string[]): Promise<string[]> {
  const membership = await db.membership.findFirst({
    where: { organizationId, user: { email } },
    select: { workspaces: { select: { workspace: { select: { name: true } } } } },
  });
  const names = membership
    ? membership.workspaces.map((a) => a.workspace.name)
    : (await db.workspace.findMany({ where: { organizationId, id: { in: recorded } }, select: { name: true } })).map((w) => w.name);
  return names.sort((a, b) => a.localeCompare(b));
}
