// What planning a users file reads from the organization, in three statements whatever the
// file's size: the person importing (role, email) with the organization's state, the
// memberships of the file's emails with their workspaces, and the workspaces. The caller
// (preview job or apply transaction) decides when it may go ahead.
import type { Tx } from "@/lib/db/prisma";
import type { Db } from "@/lib/db/prisma";
import type { MembershipStatus, OrgRole } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n";
import { AccessError } from "@/lib/errors/app-error";
import type { ExistingMember, PlanContext } from "./plan-import";

type Reader = Db | Tx;

export type LoadedPlanContext = PlanContext & { cancelled: boolean };

export async function loadPlanContext(
  db: Reader,
  organizationId: string,
  uploaderUserId: string,
  emails: readonly string[],
  fallbackLanguage: Locale,
): Promise<LoadedPlanContext> {
  const [me] = await db.$queryRaw<
    { email: string; role: OrgRole | null; defaultLocale: Locale | null; cancelled: boolean; adminIds: string[] }[]
  >`
    SELECT u.email, m.role::text AS role, o."defaultLocale"::text AS "defaultLocale",
      (o."subscriptionStatus" <> 'ACTIVE') AS cancelled,
      ARRAY(SELECT a.id FROM "Membership" a WHERE a."organizationId" = o.id AND a.role = 'ORG_ADMIN' AND a.status = 'ACTIVE') AS "adminIds"
    FROM "Organization" o
    JOIN "User" u ON u.id = ${uploaderUserId}
    LEFT JOIN "Membership" m ON m."organizationId" = o.id AND m."userId" = u.id AND m.status = 'ACTIVE'
    WHERE o.id = ${organizationId}`;
  if (!me?.role) throw new AccessError("FORBIDDEN");
  const lowered = [...new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean))];
  const [members, workspaces] = await Promise.all([
    db.$queryRaw<(ExistingMember & { email: string })[]>`
      SELECT m.id AS "membershipId", m."userId", m.role::text AS role, m.status::text AS status, u.email,
        COALESCE(array_agg(wa."workspaceId" ORDER BY wa."workspaceId") FILTER (WHERE wa."workspaceId" IS NOT NULL), '{}') AS "workspaceIds"
      FROM "User" u
      JOIN "Membership" m ON m."userId" = u.id AND m."organizationId" = ${organizationId}
      LEFT JOIN "WorkspaceAssignment" wa ON wa."membershipId" = m.id AND wa."organizationId" = m."organizationId"
      WHERE u.email = ANY(${lowered}::text[])
      GROUP BY m.id, u.email`,
    db.workspace.findMany({ where: { organizationId }, select: { id: true, name: true }, orderBy: { id: "asc" } }),
  ]);
  return {
    uploader: { email: me.email, role: me.role },
    members: new Map(members.map(({ email, ...member }) => [email, { ...member, status: member.status as MembershipStatus }])),
    activeAdminIds: me.adminIds,
    workspaces,
    defaultLanguage: me.defaultLocale ?? fallbackLanguage,
    cancelled: me.cancelled,
  };
}
