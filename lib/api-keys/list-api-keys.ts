// The organization's keys still in force or expired (revoked ones leave the list; the audit log
// keeps them), newest first, with their creator: one statement, at most MAX_ACTIVE_API_KEYS rows.
import type { OrgRole } from "@/lib/db/generated/enums";
import type { Db } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import { MAX_ACTIVE_API_KEYS } from "./options";
import { apiKeyPrefix } from "./secret";

export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  role: OrgRole;
  createdBy: { name: string | null; email: string } | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  /** Past its expiry (on the database clock): it no longer works. */
  expired: boolean;
};

type RawKey = Omit<ApiKeyRow, "prefix" | "createdBy"> & { lookupId: string; creatorName: string | null; creatorEmail: string | null };

export async function listApiKeys(db: Db, access: Pick<OrgAccess, "organization">): Promise<ApiKeyRow[]> {
  const rows = await db.$queryRaw<RawKey[]>`
    SELECT k.id, k.name, k."lookupId", k.role::text AS role, k."createdAt", k."lastUsedAt", k."expiresAt", coalesce(k."expiresAt" <= now(), false) AS expired,
      u.name AS "creatorName", u.email AS "creatorEmail"
    FROM "ApiKey" k LEFT JOIN "User" u ON u.id = k."createdById"
    WHERE k."organizationId" = ${access.organization.id} AND k."revokedAt" IS NULL
    ORDER BY k."createdAt" DESC, k.id DESC
    LIMIT ${MAX_ACTIVE_API_KEYS}`;
  return rows.map(({ lookupId, creatorName, creatorEmail, ...row }) => ({
    ...row,
    prefix: apiKeyPrefix(lookupId),
    createdBy: creatorEmail ? { name: creatorName, email: creatorEmail } : null,
  }));
}
