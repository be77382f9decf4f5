// Deletes a cancelled organization and all its data (SPEC §1: on deletionScheduledAt, or at
// once by Delete now), safe with several app instances and resumable:
// - every step is its own short transaction that first locks the organization's row and
//   re-checks that its deletion is due, so two runs of the same deletion take turns, and a
//   run finds nothing left to do in a step another already did;
// - the bulky tables go first, in batches (each batch deletes what is left, so a run stopped
//   halfway simply continues); the last transaction deletes the memberships, contacts and
//   the organization row (whatever else references it goes by cascade) and then the accounts
//   that belonged only to it, so the list of those accounts is never lost halfway.
// Audit events are append-only (a trigger refuses DELETE) except for the organization whose
// deletion the transaction announces with the setting roster.deleting_organization.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { allowDeletingAuditEventsOf } from "@/lib/audit/append-only";
import { exportStorage } from "@/lib/storage/export-storage";
import type { FileStorage } from "@/lib/storage/file-storage";

const { sql, raw } = Prisma;

/** Rows per batch: short transactions, so the app's other writes never wait long on them. */
export const DELETION_BATCH = 5_000;

/**
 * The tables emptied before the last transaction, children before parents (the foreign keys
 * between them restrict or cascade). The outbox is first: its rows do not cascade with the
 * organization (the delivery log keeps system emails), but this organization's must go.
 */
const BATCHED_TABLES = [
  "EmailOutbox",
  "LicenseAssignment",
  "License",
  "Invoice",
  "OrderLineItem",
  "Order",
  "Quote",
  "Invitation",
  "WorkspaceContact",
  "WorkspaceAssignment",
  "Workspace",
  "ContactRole",
  "AuditEvent",
] as const;

export type DeletionResult = {
  /** Whether this run deleted the organization's row (false: already gone, not due, or another run finished it). */
  deleted: boolean;
  /** Accounts deleted because they belonged to no other organization and were no contact anywhere. */
  accountsDeleted: number;
};

/** The lock every step takes: the row, only while its deletion is due (cancelled and the date reached, or started). */
async function lockDue(tx: Tx, organizationId: string, now: Date): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>(sql`
    SELECT id FROM "Organization"
    WHERE id = ${organizationId} AND "subscriptionStatus" = 'CANCELLED'
      AND ("deletionStartedAt" IS NOT NULL OR "deletionScheduledAt" <= ${now})
    FOR UPDATE`);
  return rows.length > 0;
}

/** Lets this transaction delete the organization's audit events (the append-only trigger reads it). */
const announceDeletion = allowDeletingAuditEventsOf;

/**
 * The export files (ZIPs in the file storage, outside the database) go before their rows: once
 * the rows cascade away, nothing would name the files any more. Deleting a file twice is
 * harmless, so a run stopped halfway deletes what is left.
 */
async function deleteExportFiles(db: Db, organizationId: string, storage: FileStorage): Promise<void> {
  const files = await db.dataExport.findMany({
    where: { organizationId, storageKey: { not: null } },
    select: { storageKey: true },
  });
  for (const file of files) await storage.delete(file.storageKey!);
}

/** Marks the deletion as started (no reactivation from now on); false when it is not due. */
async function startDeletion(db: Db, organizationId: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (!(await lockDue(tx, organizationId, now))) return false;
    await tx.$executeRaw(sql`
      UPDATE "Organization" SET "deletionStartedAt" = COALESCE("deletionStartedAt", ${now}) WHERE id = ${organizationId}`);
    return true;
  });
}

/** One batch of one table; the number of rows deleted, or null when the organization is no longer due (gone). */
async function deleteBatch(db: Db, organizationId: string, table: (typeof BATCHED_TABLES)[number], now: Date): Promise<number | null> {
  return db.$transaction(async (tx) => {
    if (!(await lockDue(tx, organizationId, now))) return null;
    if (table === "AuditEvent") await announceDeletion(tx, organizationId);
    // By row address: some of these tables have a composite key and no id.
    const name = raw(`"${table}"`);
    return tx.$executeRaw(sql`
      DELETE FROM ${name} WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM ${name} WHERE "organizationId" = ${organizationId} LIMIT ${DELETION_BATCH}))`);
  });
}

/** The last step: memberships, contacts, the organization, then the accounts left with nothing. */
async function deleteOrganizationRow(db: Db, organizationId: string, now: Date, actor: Actor | null): Promise<DeletionResult> {
  return db.$transaction(
    async (tx) => {
      if (!(await lockDue(tx, organizationId, now))) return { deleted: false, accountsDeleted: 0 };
      await announceDeletion(tx, organizationId);
      const [organization] = await tx.$queryRaw<{ name: string; slug: string; cancelledAt: Date | null }[]>(sql`
        SELECT name, slug, "cancelledAt" FROM "Organization" WHERE id = ${organizationId}`);
      const people = await tx.$queryRaw<{ userId: string }[]>(sql`
        SELECT "userId" FROM "Membership" WHERE "organizationId" = ${organizationId}
        UNION
        SELECT "userId" FROM "Contact" WHERE "organizationId" = ${organizationId} AND "userId" IS NOT NULL`);
      // Anything not batched above (memberships, contacts, domains, exports, counters...) goes by cascade.
      await tx.$executeRaw(sql`DELETE FROM "Organization" WHERE id = ${organizationId}`);
      const userIds = people.map((person) => person.userId);
      const alone =
        userIds.length === 0
          ? []
          : await tx.$queryRaw<{ id: string }[]>(sql`
            SELECT u.id FROM "User" u WHERE u.id = ANY(${userIds}::text[])
              AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u.id)
              AND NOT EXISTS (SELECT 1 FROM "Contact" c WHERE c."userId" = u.id OR c.email = u.email)`);
      const accountsDeleted = alone.length;
      // Recorded outside the organization (whose own log goes with it), so the deletion leaves a
      // trace. An actor whose account goes too is not named: the event is append-only, so it
      // must not hold a reference that the account's deletion would have to clear.
      const actorGoes = !!actor && alone.some((user) => user.id === actor.userId);
      await audit(tx, actorGoes ? null : actor, {
        organizationId: null,
        action: "organization.deleted",
        targetType: "Organization",
        targetId: organizationId,
        metadata: {
          name: organization.name,
          slug: organization.slug,
          cancelledAt: organization.cancelledAt?.toISOString() ?? null,
          accountsDeleted,
          actorAccountDeleted: actorGoes,
        },
      });
      if (accountsDeleted > 0) await tx.$executeRaw(sql`DELETE FROM "User" WHERE id = ANY(${alone.map((user) => user.id)}::text[])`);
      return { deleted: true, accountsDeleted };
    },
    { timeout: 60_000 },
  );
}

/**
 * Deletes the organization when its deletion is due at `now`; does nothing otherwise (not
 * cancelled, not yet due, reactivated, or already deleted). Safe to run again, and at the
 * same time as another run of it. `actor`: who asked (Delete now); null for the scheduled job.
 */
export async function deleteOrganization(
  db: Db,
  organizationId: string,
  { now = new Date(), actor = null, storage = exportStorage() }: { now?: Date; actor?: Actor | null; storage?: FileStorage } = {},
): Promise<DeletionResult> {
  if (!(await startDeletion(db, organizationId, now))) return { deleted: false, accountsDeleted: 0 };
  await deleteExportFiles(db, organizationId, storage);
  for (const table of BATCHED_TABLES) {
    for (;;) {
      const count = await deleteBatch(db, organizationId, table, now);
      if (count === null) return { deleted: false, accountsDeleted: 0 };
      if (count < DELETION_BATCH) break;
    }
  }
  return deleteOrganizationRow(db, organizationId, now, actor);
}
