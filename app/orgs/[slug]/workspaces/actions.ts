"use server";
// Thin server actions of the workspaces pages: caller + locale in, use case, refresh.
import { runOrgAction, type Refresh } from "@/lib/actions/run-org-action";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { addWorkspaceMember } from "@/lib/workspaces/add-workspace-member";
import { removeWorkspaceMember } from "@/lib/workspaces/remove-workspace-member";
import { addWorkspaceContact } from "@/lib/workspaces/add-workspace-contact";
import { assignWorkspaceContact } from "@/lib/workspaces/assign-workspace-contact";
import { searchWorkspaceCandidates } from "@/lib/workspaces/search-workspace-candidates";
import { routes } from "@/lib/routes";

const list = (slug: string) => routes.workspaces(slug);
// The list and every workspace's page (a route pattern): which workspace changed is in the
// input, and only the use case reads that, after the guard.
const workspacePages = (): Refresh => ({ path: "/orgs/[slug]/workspaces", scope: "layout" });

export async function createWorkspaceAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(createWorkspace, slug, formData, list);
}
export async function renameWorkspaceAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(renameWorkspace, slug, formData, workspacePages);
}
export async function deleteWorkspaceAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(deleteWorkspace, slug, formData, list);
}
export async function addWorkspaceMemberAction(slug: string, workspaceId: string, membershipId: string) {
  return runOrgAction(addWorkspaceMember, slug, { workspaceId, membershipId }, workspacePages);
}
export async function removeWorkspaceMemberAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(removeWorkspaceMember, slug, formData, workspacePages);
}
export async function addWorkspaceContactAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(addWorkspaceContact, slug, formData, workspacePages);
}
export async function assignWorkspaceContactAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(assignWorkspaceContact, slug, formData, workspacePages);
}
export async function searchWorkspaceCandidatesAction(slug: string, workspaceId: string, q: string) {
  return runOrgAction(searchWorkspaceCandidates, slug, { workspaceId, q });
}
