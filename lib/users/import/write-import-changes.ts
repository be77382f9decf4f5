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
import { notify } from "@/lib/notifications/notify";
import { generateInvitationToken, hashToken, invitationExpiry } from "@/lib/invitations/token";
import type { PlannedRow } from "./plan-import";

export type WriteProgress = (done: number, total: number) => Promise<void>;

type Scope = { organizationId: string; importId: string; actor: Actor };

const PROGRESS_EVERY = 250;

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
  if (addedPairs.length)
    await tx.workspaceAssignment.createMany({ data: addedPairs.map((pair) => ({ organizationId, ...pair })), skipDuplicates: true });
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
  const memberships = await tx.membership.createManyAndReturn({
    data: adds.map((row) => ({
      organizationId,
      userId: userOf.get(row.normalizedEmail!)!.id,
      role: row.roleAfter!,
      status: "PENDING" as const,
    })),
    select: { id: true, userId: true },
  });
  const membershipOf = new Map(memberships.map((m) => [m.userId, m.id]));
  const expiresAt = invitationExpiry();
  const sentAt = new Date();
  const tokens = adds.map(() => generateInvitationToken());
  const invitations = await tx.invitation.createManyAndReturn({
    data: adds.map((row, index) => ({
      id: randomUUID(),
      organizationId,
      kind: "USER" as const,
      tokenHash: hashToken(tokens[index]),
      email: row.normalizedEmail!,
      orgRole: row.roleAfter!,
      language: row.invitationLanguage!,
      workspaceIds: row.workspaceIdsAfter,
      createdByUserId: actor.userId,
      expiresAt,
      lastSentAt: sentAt,
    })),
    select: { id: true, email: true },
  });
  const invitationOf = new Map(invitations.map((invitation) => [invitation.email!, invitation.id]));
  const assignments = adds.flatMap((row) =>
    row.workspaceIdsAfter.map((workspaceId) => ({
      organizationId,
      workspaceId,
      membershipId: membershipOf.get(userOf.get(row.normalizedEmail!)!.id)!,
    })),
  );
  if (assignments.length) await tx.workspaceAssignment.createMany({ data: assignments, skipDuplicates: true });

  const events: AuditedChange[] = [];
  for (const [index, row] of adds.entries()) {
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
    await notify(tx, { kind: "invitation", organizationId, invitationId, token: tokens[index], email, senderUserId: actor.userId });
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
    if ((index + 1) % PROGRESS_EVERY === 0) await progress(index + 1);
  }
  await audit(tx, actor, events);
  await progress(adds.length);
}
