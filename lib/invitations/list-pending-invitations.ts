import { db } from "@/lib/db/prisma";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import type { OrgAccess } from "@/lib/auth/access";
import { Prisma } from "@/lib/db/generated/client";
import { PENDING_INVITATIONS_LIMIT } from "./schemas";

export type PendingInvitation = {
  id: string;
  roles: ContactRoleType[];
  /** Where it was last sent; null when the link was only copied. */
  email: string | null;
  createdBy: { name: string | null; email: string } | null;
  createdAt: Date;
  expiresAt: Date;
  lastSentAt: Date | null;
  expired: boolean;
};

type RawInvitation = {
  id: string;
  roles: ContactRoleType[];
  email: string | null;
  createdAt: Date;
  expiresAt: Date;
  lastSentAt: Date | null;
  creatorName: string | null;
  creatorEmail: string | null;
};

/**
 * The organization's contact invitations shared and neither accepted nor revoked (expired
 * ones included, flagged: they can be resent), newest first, at most `limit`, in one query.
 * One never copied, opened in a mail client or sent is left out: nobody holds its link.
 * The caller has checked the page's capability (contacts.view).
 */
export async function listPendingInvitations(
  access: Pick<OrgAccess, "organization">,
  { limit = PENDING_INVITATIONS_LIMIT, now = new Date() }: { limit?: number; now?: Date } = {},
): Promise<{ invitations: PendingInvitation[]; hasMore: boolean }> {
  const take = Math.max(1, Math.min(limit, 200));
  // Raw SQL for the creator's join: Prisma's include would send a second statement, and a
  // page has a budget of four (lib/db/sql-count.ts).
  const rows = await db.$queryRaw<RawInvitation[]>(Prisma.sql`
    SELECT i.id, i."contactRoles"::text[] AS roles, i.email, i."createdAt", i."expiresAt", i."lastSentAt", u.name AS "creatorName", u.email AS "creatorEmail"
    FROM "Invitation" i LEFT JOIN "User" u ON u.id = i."createdByUserId"
    WHERE i."organizationId" = ${access.organization.id} AND i.kind = 'CONTACT' AND i."acceptedAt" IS NULL AND i."revokedAt" IS NULL
      AND i."sharedAt" IS NOT NULL
    ORDER BY i."createdAt" DESC, i.id DESC
    LIMIT ${take + 1}`);
  return {
    hasMore: rows.length > take,
    invitations: rows.slice(0, take).map((row) => ({
      id: row.id,
      roles: row.roles,
      email: row.email,
      createdBy: row.creatorEmail ? { name: row.creatorName, email: row.creatorEmail } : null,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      lastSentAt: row.lastSentAt,
      expired: row.expiresAt.getTime() <= now.getTime(),
    })),
  };
}
