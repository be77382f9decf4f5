// Users, workspaces and workspace contacts for the users and workspaces tests.
import { db } from "@/lib/db/prisma";
import type { OrgRole } from "@/lib/db/generated/enums";
import { createUser, uid } from "./factories";

/** A user with a membership of `role` in the organization (ACTIVE unless said otherwise). */
export async function createMember(
  organizationId: string,
  role: OrgRole = "MEMBER",
  status: "ACTIVE" | "PENDING" = "ACTIVE",
  overrides: { email?: string; name?: string } = {},
) {
  const user = await createUser(overrides);
  const membership = await db.membership.create({ data: { organizationId, userId: user.id, role, status } });
  return { user, membership };
}

export async function createWorkspaceRow(organizationId: string, name = `Workspace ${uid()}`) {
  return db.workspace.create({ data: { organizationId, name } });
}

export async function assign(organizationId: string, workspaceId: string, membershipId: string) {
  return db.workspaceAssignment.create({ data: { organizationId, workspaceId, membershipId } });
}

export async function createWorkspaceContactRow(
  organizationId: string,
  workspaceId: string,
  assignedUserId: string | null = null,
  name = `Customer ${uid()}`,
) {
  return db.workspaceContact.create({
    data: { organizationId, workspaceId, name, email: `${name.toLowerCase().replace(/\W+/g, ".")}@customer.test`, assignedUserId },
  });
}

/** Everything a users or workspaces action could write, for "nothing was written" checks. */
export async function usersSnapshot() {
  const [memberships, assignments, workspaces, workspaceContacts, invitations, contacts, users, audits, emails] = await Promise.all([
    db.membership.findMany({ orderBy: { id: "asc" }, select: { id: true, organizationId: true, userId: true, role: true, status: true } }),
    db.workspaceAssignment.findMany({
      orderBy: [{ workspaceId: "asc" }, { membershipId: "asc" }],
      select: { workspaceId: true, membershipId: true },
    }),
    db.workspace.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
    db.workspaceContact.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, assignedUserId: true } }),
    db.invitation.findMany({
      orderBy: { id: "asc" },
      select: { id: true, tokenHash: true, revokedAt: true, acceptedAt: true, expiresAt: true, workspaceIds: true },
    }),
    db.contact.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, userId: true } }),
    db.user.count(),
    db.auditEvent.count(),
    db.emailOutbox.count(),
  ]);
  return { memberships, assignments, workspaces, workspaceContacts, invitations, contacts, users, audits, emails };
}
