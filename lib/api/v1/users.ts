// REST API v1 users: the users page's use cases and schemas behind HTTP.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { listUsers } from "@/lib/users/list-users";
import { inviteUser } from "@/lib/users/invite-user";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserWorkspaces } from "@/lib/users/set-user-workspaces";
import { removeUser } from "@/lib/users/remove-user";
import { resendUserInvitation } from "@/lib/users/resend-user-invitation";
import { revokeUserInvitation } from "@/lib/users/revoke-user-invitation";
import { ORG_ROLES } from "@/lib/auth/capabilities";
import { searchField } from "@/lib/validation/fields";
import { userListQuerySchema, USER_STATUSES } from "@/lib/users/schemas";
import { apiRead, apiWrite } from "../route";
import { listEnvelope } from "./cursor";
import {
  invitedUserSchema,
  isoTimestamp,
  removedUserSchema,
  revokedUserInvitationSchema,
  sentInvitationSchema,
  userListSchema,
  userRoleChangeSchema,
  userWorkspacesChangeSchema,
} from "./responses";
import { listFields, pageOf } from "./list-query";

/**
 * `?q=&role=&status=&limit=&cursor=`: the page's filters; `limit` one of its page sizes. The
 * list is in name order, and the cursor resumes after the last row seen.
 */
export const userListApiQuery = z.object({
  q: searchField,
  role: z.enum(ORG_ROLES).optional(),
  status: z.enum(USER_STATUSES).optional(),
  ...listFields,
});

export const listUsersEndpoint = apiRead({
  capability: "users.view",
  query: userListApiQuery,
  response: userListSchema,
  async run({ access, query }) {
    const page = await listUsers(
      db,
      access.organization.id,
      userListQuerySchema.parse({ q: query.q, role: query.role, status: query.status, ...pageOf(query) }),
      { after: query.cursor.key },
    );
    return listEnvelope(page, {
      keyOf: (row) => ({ sortKey: row.sortKey, id: row.membershipId }),
      present: (row) => ({
        membershipId: row.membershipId,
        userId: row.userId,
        name: row.name,
        email: row.email,
        role: row.role,
        status: row.status,
        lastActiveAt: row.lastActiveAt && isoTimestamp(row.lastActiveAt),
        workspaceCount: row.workspaceCount,
        workspaceNames: row.workspaceNames,
        invitation: row.invitation && {
          expiresAt: isoTimestamp(row.invitation.expiresAt),
          lastSentAt: row.invitation.lastSentAt && isoTimestamp(row.invitation.lastSentAt),
        },
      }),
    });
  },
});

export const inviteUserEndpoint = apiWrite(inviteUser, {
  fields: ["email", "role", "language"],
  status: 201,
  response: invitedUserSchema,
  present: ({ membershipId, email, role, expiresAt, contactAdded }) => ({
    membershipId,
    email,
    role,
    expiresAt: isoTimestamp(expiresAt),
    contactAdded,
  }),
});
export const changeUserRoleEndpoint = apiWrite(changeUserRole, {
  fields: ["role"],
  response: userRoleChangeSchema,
  present: ({ membershipId, name, role, previousRole }) => ({ membershipId, name, role, previousRole }),
});
export const setUserWorkspacesEndpoint = apiWrite(setUserWorkspaces, {
  fields: ["workspaceIds"],
  response: userWorkspacesChangeSchema,
  present: ({ membershipId, name, added, removed, unassignedContacts }) => ({ membershipId, name, added, removed, unassignedContacts }),
});
export const removeUserEndpoint = apiWrite(removeUser, {
  noBody: true,
  response: removedUserSchema,
  present: ({ membershipId, name, workspaces, unassignedContacts }) => ({ membershipId, name, workspaces, unassignedContacts }),
});
export const resendUserInvitationEndpoint = apiWrite(resendUserInvitation, {
  noBody: true,
  response: sentInvitationSchema,
  present: ({ email, expiresAt }) => ({ email, expiresAt: isoTimestamp(expiresAt) }),
});
export const revokeUserInvitationEndpoint = apiWrite(revokeUserInvitation, {
  noBody: true,
  response: revokedUserInvitationSchema,
  present: ({ email }) => ({ email }),
});
