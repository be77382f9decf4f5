// The changes of an import's valid rows, inside the apply's transaction, in a bounded number
// of statements whatever the file's size (a few per kind of change, plus one outbox row per
// invitation): new invitations (account when none, PENDING membership, invitation, its
// workspaces, contact for an ORG_ADMIN, invitation email), role and workspace changes of
// existing members (leaving a workspace unassigns the workspace contacts they handled there),
// and one audit event per change, each carrying the import's id.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/access";
import type { OrgRole } from "@/lib/db/generated/enums";
import { audit, type AuditedChange } from "@/lib/audit/audit";
import { addOrFindContact } from "@/lib/contacts/add-or-find-contact";
import { notifyUserInvitations } from "@/lib/notifications/notify";
import { generateInvitationToken, hashToken, invitationExpiry } from "@/lib/invitations/token";
import type { PlannedRow } from "./plan-import";

export type WriteProgress = (done: number, total: number) => Promise<void>;

type Scope = { organizationId: string; importId: string; actor: Actor };

/** The adds' emails are written last, so the progress of the adds is mostly theirs. */
export async function writeImportChanges(tx: Tx, scope: Scope, rows: readonly PlannedRow[], progress: WriteProgress) {
  const adds = rows.filter((row) => row.kind === "ADD");
  const updates = rows.filter((row) => row.kind === "UPDATE");
  const total = adds.length + updates.length;
  await writeUpdates(tx, scope, updates);
  await progress(updates.length, total);
  await writeAdds(tx, scope, adds, async (done) => progress(updates.length + done, total));
  return { added: adds.length, updated: updates.length };
}

async function writeUpdates(tx: Tx, { organizationId, importId, actor }: Scope, updates: readonly PlannedRow[]): Promise<void> {
  if (!updates.length) return;
  const events: AuditedChange[] = [];
  const byRole = new Map<OrgRole, string[]>();
  const removedPairs: { membershipId: string; userId: string; workspaceId: string }[] = [];
  const addedPairs: { membershipId: string; workspaceId: string }[] = [];
  for (const row of updates) {
    const member = row.member!;
    if (row.roleAfter && row.roleAfter !== member.role) {
      byRole.set(row.roleAfter, [...(byRole.get(row.roleAfter) ?? []), member.membershipId]);
      events.push({
        organizationId,
        action: "user.role_changed",
        targetType: "Membership",
        targetId: member.membershipId,
        metadata: { email: row.normalizedEmail, from: member.role, to: row.roleAfter, status: member.status, importId },
      });
    }
    const added = row.workspaceIdsAfter.filter((id) => !member.workspaceIds.includes(id));
    const removed = member.workspaceIds.filter((id) => !row.workspaceIdsAfter.includes(id));
    for (const workspaceId of added) addedPairs.push({ membershipId: member.membershipId, workspaceId });
    for (const workspaceId of removed) removedPairs.push({ membershipId: member.membershipId, userId: member.userId, workspaceId });
    if (added.length || removed.length)
      events.push({
        organizationId,
        action: "user.workspaces_changed",
        targetType: "Membership",
        targetId: member.membershipId,
        metadata: { email: row.normalizedEmail, added, removed, importId },
      });
  }
  for (const [role, ids] of byRole) await tx.membership.updateMany({ where: { organizationId, id: { in: ids } }, data: { role } });
  if (removedPairs.length) {
    const membershipIds = removedPairs.map((pair) => pair.membershipId);
    const userIds = removedPairs.map((pair) => pair.userId);
    const workspaceIds = removedPairs.map((pair) => pair.workspaceId);
    await tx.$executeRaw`
      DELETE FROM "WorkspaceAssignment" wa USING unnest(${membershipIds}::text[], ${workspaceIds}::text[]) AS r(m, w)
      WHERE wa."organizationId" = ${organizationId} AND wa."membershipId" = r.m AND wa."workspaceId" = r.w`;
    // Only members of a workspace handle its contacts.
    await tx.$executeRaw`
      UPDATE "WorkspaceContact" wc SET "assignedUserId" = NULL, "updatedAt" = now()
      FROM unnest(${userIds}::text[], ${workspaceIds}::text[]) AS r(u, w)
      WHERE wc."organizationId" = ${organizationId} AND wc."workspaceId" = r.w AND wc."assignedUserId" = r.u`;
  }
  await insertAssignments(
    tx,
    organizationId,
    addedPairs.map((pair) => pair.membershipId),
    addedPairs.map((pair) => pair.workspaceId),
  );
  await audit(tx, actor, events);
}

async function writeAdds(
  tx: Tx,
  { organizationId, importId, actor }: Scope,
  adds: readonly PlannedRow[],
  progress: (done: number) => Promise<void>,
) {
  if (!adds.length) return;
  const emails = adds.map((row) => row.normalizedEmail!);
  // Accounts for the emails that have none, marked as made by an invitation (like Add user).
  await tx.$executeRaw`
    INSERT INTO "User" (id, email, name, locale, "createdByInvitation", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, r.email, NULLIF(r.name, ''), r.locale::"Locale", true, now(), now()
    FROM unnest(${emails}::text[], ${adds.map((row) => row.accountName ?? "")}::text[], ${adds.map((row) => row.invitationLanguage!)}::text[])
      AS r(email, name, locale)
    ON CONFLICT (email) DO NOTHING`;
  const users = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, name: true } });
  const userOf = new Map(users.map((user) => [user.email, user]));
  const memberships = await tx.$queryRaw<{ id: string; userId: string }[]>`
    INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, ${organizationId}, u.id, r.role::"OrgRole", 'PENDING', now(), now()
    FROM unnest(${emails}::text[], ${adds.map((row) => row.roleAfter!)}::text[]) AS r(email, role)
    JOIN "User" u ON u.email = r.email
    RETURNING id, "userId"`;
  const membershipOf = new Map(memberships.map((m) => [m.userId, m.id]));
  const expiresAt = invitationExpiry();
  const tokens = adds.map(() => generateInvitationToken());
  const invitationRows = JSON.stringify(
    adds.map((row, index) => ({
      id: randomUUID(),
      tokenHash: hashToken(tokens[index]),
      email: row.normalizedEmail!,
      orgRole: row.roleAfter!,
      language: row.invitationLanguage!,
      workspaceIds: row.workspaceIdsAfter,
    })),
  );
  const invitations = await tx.$queryRaw<{ id: string; email: string }[]>`
    INSERT INTO "Invitation" (id, "organizationId", kind, "tokenHash", email, "orgRole", "contactRoles", "workspaceIds", language,
      "createdByUserId", "createdAt", "expiresAt", "lastSentAt")
    SELECT r.id, ${organizationId}, 'USER', r."tokenHash", r.email, r."orgRole"::"OrgRole", '{}', r."workspaceIds", r.language::"Locale",
      ${actor.userId}, now(), ${expiresAt}, now()
    FROM jsonb_to_recordset(${invitationRows}::jsonb) AS r(id text, "tokenHash" text, email text, "orgRole" text, language text,
      "workspaceIds" text[])
    RETURNING id, email`;
  const invitationOf = new Map(invitations.map((invitation) => [invitation.email, invitation.id]));
  const pairs = adds.flatMap((row) =>
    row.workspaceIdsAfter.map((workspaceId) => [membershipOf.get(userOf.get(row.normalizedEmail!)!.id)!, workspaceId] as const),
  );
  await insertAssignments(
    tx,
    organizationId,
    pairs.map(([membershipId]) => membershipId),
    pairs.map(([, workspaceId]) => workspaceId),
  );

  const events: AuditedChange[] = [];
  for (const row of adds) {
    const email = row.normalizedEmail!;
    const user = userOf.get(email)!;
    const membershipId = membershipOf.get(user.id)!;
    const invitationId = invitationOf.get(email)!;
    let contactAdded = false;
    // SPEC §4 "Contacts added automatically": an invited ORG_ADMIN joins the contacts list.
    if (row.roleAfter === "ORG_ADMIN") {
      const added = await addOrFindContact(tx, {
        organizationId,
        email,
        name: user.name,
        language: row.invitationLanguage!,
        source: "ADMIN_INVITATION",
        actor,
        auditMetadata: { via: "user.invited", membershipId, importId },
      });
      contactAdded = added.created;
    }
    events.push({
      organizationId,
      action: "user.invited",
      targetType: "Membership",
      targetId: membershipId,
      metadata: {
        email,
        role: row.roleAfter!,
        language: row.invitationLanguage!,
        invitationId,
        workspaces: row.workspaceIdsAfter.length,
        contactAdded,
        importId,
      },
    });
  }
  await progress(Math.floor(adds.length * 0.8));
  await notifyUserInvitations(tx, {
    organizationId,
    senderUserId: actor.userId,
    invitations: adds.map((row, index) => ({
      email: row.normalizedEmail!,
      token: tokens[index],
      language: row.invitationLanguage!,
      role: row.roleAfter!,
      expiresAt,
    })),
  });
  await audit(tx, actor, events);
  await progress(adds.length);
}

async function insertAssignments(tx: Tx, organizationId: string, membershipIds: string[], workspaceIds: string[]): Promise<void> {
  if (!membershipIds.length) return;
  await tx.$executeRaw`
    INSERT INTO "WorkspaceAssignment" ("organizationId", "workspaceId", "membershipId", "createdAt")
    SELECT ${organizationId}, r.w, r.m, now() FROM unnest(${membershipIds}::text[], ${workspaceIds}::text[]) AS r(m, w)
    ON CONFLICT DO NOTHING`;
}
