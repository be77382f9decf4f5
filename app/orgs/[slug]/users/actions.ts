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
import { assignWorkspaceInBulk, changeRoleInBulk, deleteUsersInBulk, removeWorkspaceInBulk } from "@/lib/users/bulk/change-users-in-bulk";
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

// Actions on a selection: the selection (ids, or the list's filter) travels as a plain value
// bound by the dialog, the operation's fields and the confirmation step as the form's fields.
function bulkInput(selection: unknown, formData: unknown) {
  // Anything else than a form is passed on as it came: the action's schema refuses it.
  if (!(formData instanceof FormData)) return formData;
  return {
    ...Object.fromEntries([...formData].filter(([key]) => !key.startsWith("$ACTION"))),
    selection,
    confirm: formData.get("confirm") === "true",
  };
}
export async function changeRoleInBulkAction(slug: string, selection: unknown, _previous: unknown, formData: unknown) {
  return runOrgAction(changeRoleInBulk, slug, bulkInput(selection, formData), page);
}
export async function assignWorkspaceInBulkAction(slug: string, selection: unknown, _previous: unknown, formData: unknown) {
  return runOrgAction(assignWorkspaceInBulk, slug, bulkInput(selection, formData), page);
}
export async function removeWorkspaceInBulkAction(slug: string, selection: unknown, _previous: unknown, formData: unknown) {
  return runOrgAction(removeWorkspaceInBulk, slug, bulkInput(selection, formData), page);
}
export async function deleteUsersInBulkAction(slug: string, selection: unknown, _previous: unknown, formData: unknown) {
  return runOrgAction(deleteUsersInBulk, slug, bulkInput(selection, formData), page);
}
