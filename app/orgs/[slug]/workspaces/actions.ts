"use server";
// Thin server actions of the workspaces pages: caller + locale in, use case, refresh.
import { revalidatePath } from "next/cache";
import { runOrgAction } from "@/lib/actions/run-org-action";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { addWorkspaceMember } from "@/lib/workspaces/add-workspace-member";
import { removeWorkspaceMember } from "@/lib/workspaces/remove-workspace-member";
import { addWorkspaceContact } from "@/lib/workspaces/add-workspace-contact";
import { assignWorkspaceContact } from "@/lib/workspaces/assign-workspace-contact";
import { searchWorkspaceCandidates } from "@/lib/workspaces/search-workspace-candidates";

const list = (slug: string) => `/orgs/${slug}/workspaces`;
const detail = (slug: string, formData: FormData) => `/orgs/${slug}/workspaces/${String(formData.get("workspaceId") ?? "")}`;

export async function createWorkspaceAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(createWorkspace, slug, formData, list(slug));
}
export async function renameWorkspaceAction(slug: string, _previous: unknown, formData: FormData) {
  const result = await runOrgAction(renameWorkspace, slug, formData, list(slug));
  if (result.ok) revalidatePath(detail(slug, formData));
  return result;
}
export async function deleteWorkspaceAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(deleteWorkspace, slug, formData, list(slug));
}
export async function addWorkspaceMemberAction(slug: string, workspaceId: string, membershipId: string) {
  return runOrgAction(addWorkspaceMember, slug, { workspaceId, membershipId }, `/orgs/${slug}/workspaces/${workspaceId}`);
}
export async function removeWorkspaceMemberAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(removeWorkspaceMember, slug, formData, detail(slug, formData));
}
export async function addWorkspaceContactAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(addWorkspaceContact, slug, formData, detail(slug, formData));
}
export async function assignWorkspaceContactAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(assignWorkspaceContact, slug, formData, detail(slug, formData));
}
export async function searchWorkspaceCandidatesAction(slug: string, workspaceId: string, q: string) {
  return runOrgAction(searchWorkspaceCandidates, slug, { workspaceId, q });
}
