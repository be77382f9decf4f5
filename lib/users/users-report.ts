// The users report (SPEC §4 "Users": download a users report): every member of the
// organization with name, email, role, status, last active, workspaces, who invited them and
// when, as CSV in the viewer's language, formula-safe, streamed from the database in keyset
// pages (membership id order), so its size never depends on the organization's. Audited.
import { db } from "@/lib/db/prisma";
import type { Actor, OrgAccess } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { CSV_BOM, csvLine } from "@/lib/csv";
import { translator, type Locale } from "@/lib/i18n";

export type UsersReportRow = {
  membershipId: string;
  name: string | null;
  email: string;
  role: string;
  status: string;
  lastActiveAt: Date | null;
  workspaces: string[];
  invitedBy: string | null;
  invitedAt: Date | null;
};

/** One page of the report after `afterId`, in one statement (workspaces and the latest user invitation of each email joined in). */
export async function usersReportPage(organizationId: string, afterId: string, size: number): Promise<UsersReportRow[]> {
  return db.$queryRaw<UsersReportRow[]>`
    SELECT m.id AS "membershipId", u.name, u.email, m.role::text AS role, m.status::text AS status, m."lastActiveAt",
      ARRAY(SELECT w.name FROM "WorkspaceAssignment" wa JOIN "Workspace" w ON w.id = wa."workspaceId"
            WHERE wa."membershipId" = m.id AND wa."organizationId" = m."organizationId" ORDER BY w.name) AS workspaces,
      inv."invitedBy", inv."createdAt" AS "invitedAt"
    FROM "Membership" m
    JOIN "User" u ON u.id = m."userId"
    LEFT JOIN LATERAL (
      SELECT coalesce(nullif(trim(b.name), ''), b.email) AS "invitedBy", i."createdAt"
      FROM "Invitation" i LEFT JOIN "User" b ON b.id = i."createdByUserId"
      WHERE i."organizationId" = m."organizationId" AND i.kind = 'USER' AND i.email = u.email
      ORDER BY i."createdAt" DESC LIMIT 1
    ) inv ON true
    WHERE m."organizationId" = ${organizationId} AND m.id > ${afterId}
    ORDER BY m.id
    LIMIT ${size}`;
}

export async function exportUsersReport(access: OrgAccess, actor: Actor, locale: Locale, batchSize = 1000) {
  const organizationId = access.organization.id;
  const t = translator(locale);
  await db.$transaction((tx) =>
    audit(tx, actor, { organizationId, action: "users.report_exported", targetType: "Organization", targetId: organizationId }),
  );
  const when = (date: Date | null) => (date ? new Date(date).toISOString().replace("T", " ").slice(0, 16) + " UTC" : "");
  const encoder = new TextEncoder();
  let afterId = "";
  let done = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const header = ["name", "email", "role", "status", "lastActive", "workspaces", "invitedBy", "invitedAt"] as const;
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(header.map((column) => t(`users.report.columns.${column}`)))));
    },
    async pull(controller) {
      if (done) return controller.close();
      try {
        const rows = await usersReportPage(organizationId, afterId, batchSize);
        if (rows.length < batchSize) done = true;
        if (rows.length) afterId = rows[rows.length - 1].membershipId;
        const text = rows
          .map((row) =>
            csvLine([
              row.name,
              row.email,
              t(`roles.${row.role as "MEMBER"}`),
              t(`users.status.${row.status as "ACTIVE"}`),
              row.status === "PENDING" ? t("users.pending") : row.lastActiveAt ? when(row.lastActiveAt) : t("users.never"),
              row.workspaces.join(" | "),
              row.invitedBy,
              when(row.invitedAt),
            ]),
          )
          .join("");
        if (text) controller.enqueue(encoder.encode(text));
        if (done) controller.close();
      } catch (error) {
        console.error("[users-report] failed:", error);
        controller.error(error);
      }
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  return { stream, fileName: `users-${access.organization.slug}-${date}.csv` };
}
