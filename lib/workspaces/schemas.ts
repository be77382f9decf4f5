// One zod schema per workspaces input, shared by the forms (client) and the actions (server).
import { z } from "zod";
import { emailField } from "@/lib/auth/schemas";
import { phoneField } from "@/lib/contacts/schemas";
import { idField, nameField, searchField } from "@/lib/validation/fields";
import { pageQueryFields } from "@/lib/pagination/page-query";

export const workspaceNameField = nameField;

export const createWorkspaceSchema = z.object({ name: workspaceNameField });
export const renameWorkspaceSchema = z.object({ workspaceId: idField, name: workspaceNameField });
export const workspaceIdSchema = z.object({ workspaceId: idField });
export const workspaceMemberSchema = z.object({ workspaceId: idField, membershipId: idField });

/** Optional email: empty → null. */
const optionalEmailField = z
  .preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), emailField.optional())
  .transform((value) => value ?? null);

export const addWorkspaceContactSchema = z.object({
  workspaceId: idField,
  name: nameField,
  email: optionalEmailField,
  phone: phoneField,
});

/** Assign to a workspace member, or (empty membershipId) unassign. */
export const assignWorkspaceContactSchema = z.object({
  workspaceId: idField,
  workspaceContactId: idField,
  membershipId: z.preprocess((value) => (value === "" || value === null ? undefined : value), idField.optional()),
});

export const candidateSearchSchema = z.object({ workspaceId: idField, q: searchField });

/** Page numbers of the workspace lists: far above any organization's number of workspaces or workspace contacts. */
const WORKSPACE_PAGES = { maxPage: 10_000 };

export const workspaceListQuerySchema = z.object({ q: searchField, ...pageQueryFields(WORKSPACE_PAGES) });
export type WorkspaceListQuery = z.output<typeof workspaceListQuerySchema>;

export const workspaceContactsQuerySchema = z.object(pageQueryFields(WORKSPACE_PAGES));
export type WorkspaceContactsQuery = z.output<typeof workspaceContactsQuerySchema>;
