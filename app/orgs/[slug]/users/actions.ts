"use server";
// Thin server actions of the users page: caller + locale in, use case, refresh.
import { runOrgAction } from "@/lib/actions/run-org-action";
import { inviteUser } from "@/lib/users/invite-user";
import { assignInvitationWorkspaces } from "@/lib/users/assign-invitation-workspaces";
import { setUserWorkspaces } from "@/lib/users/set-user-workspaces";
import { changeUserRole } from "@/lib/users/change-user-role";
import { removeUser } from "@/lib/users/remove-user";
import { resendUserInvitation } from "@/lib/users/resend-user-invitation";
import { revokeUserInvitation } from "@/lib/users/revoke-user-invitation";
import { loadUserWorkspaces } from "@/lib/users/load-user-workspaces";
import { routes } from "@/lib/routes";

const page = (slug: string) => routes.users(slug);

export async function inviteUserAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(inviteUser, slug, formData, page);
}
export async function assignInvitationWorkspacesAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(assignInvitationWorkspaces, slug, formData, page);
}
export async function setUserWorkspacesAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(setUserWorkspaces, slug, formData, page);
}
export async function changeUserRoleAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(changeUserRole, slug, formData, page);
}
export async function removeUserAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(removeUser, slug, formData, page);
}
export async function resendUserInvitationAction(slug: string, membershipId: string) {
  return runOrgAction(resendUserInvitation, slug, { membershipId }, page);
}
export async function revokeUserInvitationAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(revokeUserInvitation, slug, formData, page);
}
export async function loadUserWorkspacesAction(slug: string, membershipId?: string) {
  return runOrgAction(loadUserWorkspaces, slug, membershipId ? { membershipId } : {});
}
