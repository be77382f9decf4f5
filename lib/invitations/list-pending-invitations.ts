import { db } from "@/lib/db/prisma";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import type { OrgAccess } from "@/lib/auth/access";
import { inOrg } from "@/lib/auth/tenant";
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
  const rows = await db.invitation.findMany({
    where: inOrg(access, { kind: "CONTACT" as const, acceptedAt: null, revokedAt: null, sharedAt: { not: null } }),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: {
      id: true, contactRoles: true, email: true, createdAt: true, expiresAt: true, lastSentAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  return {
    hasMore: rows.length > take,
    invitations: rows.slice(0, take).map((row) => ({
      id: row.id, roles: row.contactRoles, email: row.email, createdBy: row.createdBy, createdAt: row.createdAt,
      expiresAt: row.expiresAt, lastSentAt: row.lastSentAt, expired: row.expiresAt.getTime() <= now.getTime(),
    })),
  };
}
