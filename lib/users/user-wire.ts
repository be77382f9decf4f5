// How a users list row travels to the browser (components/users/users-table.tsx draws it):
// one named object, its times as epoch milliseconds. The page builds it here; the table
// imports the type only.
import type { OrgRole } from "@/lib/db/generated/enums";
import type { UserRow } from "./list-users";

export type UserWire = {
  membershipId: string;
  /** For the person's access page. */
  userId: string;
  name: string | null;
  email: string;
  role: OrgRole;
  /** Invited and not yet accepted. */
  pending: boolean;
  /** The viewer's own row. */
  self: boolean;
  /** Epoch ms; null for a pending user, or one never seen. */
  lastActive: number | null;
  /** A pending user's invitation expiry, epoch ms. */
  invitationExpires: number | null;
  workspaceCount: number;
  /** The first of their workspaces' names (the rest are counted). */
  workspaceNames: string[];
  /** Workspace contacts assigned to them. */
  assignedContacts: number;
};

export function userWire(row: UserRow, viewerUserId: string): UserWire {
  const pending = row.status === "PENDING";
  return {
    membershipId: row.membershipId,
    userId: row.userId,
    name: row.name,
    email: row.email,
    role: row.role,
    pending,
    self: row.userId === viewerUserId,
    lastActive: pending ? null : (row.lastActiveAt?.getTime() ?? null),
    invitationExpires: pending ? (row.invitation?.expiresAt.getTime() ?? null) : null,
    workspaceCount: row.workspaceCount,
    workspaceNames: row.workspaceNames,
    assignedContacts: row.assignedContacts,
  };
}
