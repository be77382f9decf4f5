// One zod schema per workspaces input, shared by the forms (client) and the actions (server).
import { z } from "zod";
import { emailField } from "@/lib/auth/schemas";
import { idField, nameField, phoneField, searchField } from "@/lib/contacts/schemas";

export const workspaceNameField = nameField;

export const createWorkspaceSchema = z.object({ name: workspaceNameField });
export const renameWorkspaceSchema = z.object({ workspaceId: idField, name: workspaceNameField });
export const workspaceIdSchema = z.object({ workspaceId: idField });
export const workspaceMemberSchema = z.object({ workspaceId: idField, membershipId: idField });

/** Optional email: empty → null. */
const optionalEmailField = z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), emailField.optional()).transform((value) => value ?? null);

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

export const WORKSPACE_PAGE_SIZES = [25, 50, 100] as const;

export const workspaceListQuerySchema = z.object({
  q: searchField,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  size: z.coerce.number().refine((n) => (WORKSPACE_PAGE_SIZES as readonly number[]).includes(n)).catch(25).default(25),
});
export type WorkspaceListQuery = z.output<typeof workspaceListQuerySchema>;

export const workspaceContactsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  size: z.coerce.number().refine((n) => (WORKSPACE_PAGE_SIZES as readonly number[]).includes(n)).catch(25).default(25),
});
export type WorkspaceContactsQuery = z.output<typeof workspaceContactsQuerySchema>;
