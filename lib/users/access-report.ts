// The access report: everyone who can open the organization — its active members and the
// people whose active contact record gives access — with each capability they hold and where
// it comes from (organization role, contact role, order role). Each person's access is built
// by the guard's own statement parts and function (accessColumns, accessFromRow in
// lib/auth/access.ts), so the report says exactly what the guard allows. CSV in the viewer's
// language, formula-safe, streamed in keyset pages (user id order); one person with `userId`.
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { accessColumns, accessFromRow, type AccessRow, type Actor, type OrgAccess } from "@/lib/auth/access";
import {
  CONTACT_ROLE_CAPABILITIES,
  ORDER_ROLE_CAPABILITIES,
  ORG_ROLE_CAPABILITIES,
  CAPABILITIES,
  type Capability,
} from "@/lib/auth/capabilities";
import { audit } from "@/lib/audit/audit";
import { CSV_BOM, csvLine } from "@/lib/csv";
import { translator, type Locale, type Translate } from "@/lib/i18n";

export type PersonAccess = { userId: string; name: string | null; email: string; grants: { capability: Capability; sources: string[] }[] };

/** A page of people after `afterUserId` (or the one person `userId`), with their capabilities and sources. */
export async function accessReportPage(
  organizationId: string,
  options: { afterUserId?: string; userId?: string; size: number },
  t: Translate,
): Promise<{ people: PersonAccess[]; lastRead: string | null; read: number }> {
  const { select, joins } = accessColumns({ id: organizationId });
  const only = options.userId ? Prisma.sql`AND me.id = ${options.userId}` : Prisma.empty;
  const rows = await db.$queryRaw<(AccessRow & { userId: string; name: string | null; email: string })[]>`
    SELECT me.id AS "userId", me.name, me.email, ${select}
    FROM "User" me ${joins}
    WHERE me.id IN (
      SELECT "userId" FROM "Membership" WHERE "organizationId" = ${organizationId} AND status = 'ACTIVE'
      UNION SELECT "userId" FROM "Contact" WHERE "organizationId" = ${organizationId} AND status = 'ACTIVE' AND "userId" IS NOT NULL
    ) AND me.id > ${options.afterUserId ?? ""} ${only}
    ORDER BY me.id
    LIMIT ${options.size}`;
  const people = rows.flatMap((row) => {
    const access = accessFromRow(row.userId, row);
    if (!access || access.capabilities.size === 0) return [];
    const grants = CAPABILITIES.filter((capability) => access.can(capability)).map((capability) => ({
      capability,
      sources: [
        ...(access.orgRole && ORG_ROLE_CAPABILITIES[access.orgRole].includes(capability)
          ? [t("users.access.sources.orgRole", { role: t(`roles.${access.orgRole}`) })]
          : []),
        ...access.contactRoles
          .filter((role) => CONTACT_ROLE_CAPABILITIES[role].includes(capability))
          .map((role) => t("users.access.sources.contactRole", { role: t(`contactRoles.${role}`) })),
        ...access.orderRoles
          .filter((role) => ORDER_ROLE_CAPABILITIES[role].includes(capability))
          .map((role) => t(`users.access.sources.orderRole.${role}`)),
      ],
    }));
    return [{ userId: row.userId, name: row.name, email: row.email, grants }];
  });
  // People without access are left out of a page: where the next one starts is the last person read.
  return { people, lastRead: rows.length ? rows[rows.length - 1].userId : null, read: rows.length };
}

export async function exportAccessReport(access: OrgAccess, actor: Actor, locale: Locale, userId?: string, batchSize = 500) {
  const organizationId = access.organization.id;
  const t = translator(locale);
  await db.$transaction((tx) =>
    audit(tx, actor, {
      organizationId,
      action: "users.access_report_exported",
      targetType: userId ? "User" : "Organization",
      targetId: userId ?? organizationId,
    }),
  );
  const encoder = new TextEncoder();
  let afterUserId = "";
  let done = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const header = ["name", "email", "capability", "sources"] as const;
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(header.map((column) => t(`users.access.columns.${column}`)))));
    },
    async pull(controller) {
      if (done) return controller.close();
      try {
        const page = await accessReportPage(organizationId, { afterUserId, userId, size: batchSize }, t);
        if (page.read < batchSize || userId) done = true;
        afterUserId = page.lastRead ?? afterUserId;
        const people = page.people;
        const text = people
          .flatMap((person) =>
            person.grants.map((grant) =>
              csvLine([person.name, person.email, t(`users.access.capabilities.${grant.capability}`), grant.sources.join("; ")]),
            ),
          )
          .join("");
        if (text) controller.enqueue(encoder.encode(text));
        if (done) controller.close();
      } catch (error) {
        console.error("[access-report] failed:", error);
        controller.error(error);
      }
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  return { stream, fileName: `access-${access.organization.slug}-${date}.csv` };
}
