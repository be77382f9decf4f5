// One zod schema per users input, shared by the forms (client) and the actions (server).
import { z } from "zod";
import { ORG_ROLES } from "@/lib/auth/capabilities";
import { emailField } from "@/lib/auth/schemas";
import { idField, languageField, searchField } from "@/lib/validation/fields";
import { pageQueryFields } from "@/lib/pagination/page-query";
// SPEC §1: a user invitation brings up to 10 workspaces; Edit sends the user's whole set, bounded
// so one request stays small (far above any real set). Choices and limits: list-options.ts (zod-free).
import { MAX_INVITATION_WORKSPACES, MAX_USER_WORKSPACES, USER_SORTS, USER_STATUSES } from "./list-options";

export { MAX_INVITATION_WORKSPACES, MAX_USER_WORKSPACES, USER_SORTS, USER_STATUSES };

export const orgRoleField = z.enum(ORG_ROLES, { error: "users.errors.unknownRole" });

/** A checkbox or picker group: absent → [], one value → [value]; duplicates dropped. */
const workspaceIdsField = (max: number, message: string) =>
  z
    .preprocess(
      (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
      z.array(idField),
    )
    .transform((ids) => [...new Set(ids)])
    .pipe(z.array(z.string()).max(max, message));

export const inviteUserSchema = z.object({
  email: emailField,
  role: orgRoleField,
  language: languageField,
});
export type InviteUserInput = z.output<typeof inviteUserSchema>;

export const membershipIdSchema = z.object({ membershipId: idField });

export const assignInvitationWorkspacesSchema = z.object({
  membershipId: idField,
  workspaceIds: workspaceIdsField(MAX_INVITATION_WORKSPACES, "users.errors.tooManyWorkspaces"),
});

export const setUserWorkspacesSchema = z.object({
  membershipId: idField,
  workspaceIds: workspaceIdsField(MAX_USER_WORKSPACES, "users.errors.tooManyWorkspaces"),
});

export const changeUserRoleSchema = z.object({ membershipId: idField, role: orgRoleField });

/** The list's URL parameters; anything malformed falls back to the default rather than failing the page. */
export const userListQuerySchema = z.object({
  q: searchField,
  role: z.enum(ORG_ROLES).optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  sort: z.enum(USER_SORTS).catch("name").default("name"),
  ...pageQueryFields({ maxPage: 10_000 }),
});
export type UserListQuery = z.output<typeof userListQuerySchema>;
