// The Overview's figures (SPEC §4 "Overview"): users and pending invitations, contacts by
// role, verified domains, emails that failed, overdue invoices — only those the person may
// open, in ONE statement of scalar subqueries. Each counts on an index that starts with the
// organization, and stops at COUNT_CAP rows, so a large organization costs no full scan.
import { Prisma } from "@/lib/db/generated/client";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import type { Db } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import { cappedCountSql } from "@/lib/pagination/capped-count";

/** A count, up to COUNT_CAP + 1 (meaning "more than COUNT_CAP": the Overview then says "10,000+"). */
export type Figure = number;

export type OverviewFigures = {
  /** Active members (users.view). */
  users?: Figure;
  /** Members invited and not yet accepted (users.view). */
  pendingUsers?: Figure;
  /** Contacts not disabled (contacts.view). */
  contacts?: Figure;
  /** Contacts holding each organization-wide role (contacts.view). */
  contactRoles?: Record<ContactRoleType, Figure>;
  /** Contact invitations shared, still valid and not accepted (contacts.view). */
  pendingInvitations?: Figure;
  /** Domains verified, and waiting for their DNS record (domains.manage). */
  verifiedDomains?: Figure;
  pendingDomains?: Figure;
  /** Emails whose delivery failed (emails.manage). */
  failedEmails?: Figure;
  /** Open invoices past their due date (invoices.viewAll). */
  overdueInvoices?: Figure;
};

const { sql } = Prisma;

const capped = (fromWhere: Prisma.Sql): Prisma.Sql => sql`(${cappedCountSql(fromWhere)})`;

export function overviewStatement(
  access: Pick<OrgAccess, "organization" | "can">,
): { query: Prisma.Sql; figures: (keyof OverviewFigures)[] } | null {
  const org = access.organization.id;
  // Prisma stores DateTime as UTC in `timestamp without time zone`: compare with UTC now.
  const now = sql`(now() AT TIME ZONE 'UTC')`;
  const columns: Prisma.Sql[] = [];
  const figures: (keyof OverviewFigures)[] = [];
  const add = (name: keyof OverviewFigures | string, expression: Prisma.Sql) => {
    columns.push(sql`${expression} AS ${Prisma.raw(`"${name}"`)}`);
  };
  if (access.can("users.view")) {
    add("users", capped(sql`"Membership" m WHERE m."organizationId" = ${org} AND m.status = 'ACTIVE'`));
    add("pendingUsers", capped(sql`"Membership" m WHERE m."organizationId" = ${org} AND m.status = 'PENDING'`));
    figures.push("users", "pendingUsers");
  }
  if (access.can("contacts.view")) {
    add("contacts", capped(sql`"Contact" c WHERE c."organizationId" = ${org} AND c.status <> 'DISABLED'`));
    for (const role of CONTACT_ROLES)
      add(`role:${role}`, capped(sql`"ContactRole" r WHERE r."organizationId" = ${org} AND r.role = ${role}::"ContactRoleType"`));
    add(
      "pendingInvitations",
      capped(
        sql`"Invitation" i WHERE i."organizationId" = ${org} AND i.kind = 'CONTACT' AND i."acceptedAt" IS NULL AND i."revokedAt" IS NULL AND i."sharedAt" IS NOT NULL AND i."expiresAt" > ${now}`,
      ),
    );
    figures.push("contacts", "contactRoles", "pendingInvitations");
  }
  if (access.can("domains.manage")) {
    add("verifiedDomains", capped(sql`"VerifiedDomain" d WHERE d."organizationId" = ${org} AND d.status = 'VERIFIED'`));
    add("pendingDomains", capped(sql`"VerifiedDomain" d WHERE d."organizationId" = ${org} AND d.status <> 'VERIFIED'`));
    figures.push("verifiedDomains", "pendingDomains");
  }
  if (access.can("emails.manage")) {
    add("failedEmails", capped(sql`"EmailOutbox" e WHERE e."organizationId" = ${org} AND e.status = 'FAILED'`));
    figures.push("failedEmails");
  }
  if (access.can("invoices.viewAll")) {
    add("overdueInvoices", capped(sql`"Invoice" v WHERE v."organizationId" = ${org} AND v.status = 'OPEN' AND v."dueAt" < ${now}`));
    figures.push("overdueInvoices");
  }
  if (!columns.length) return null;
  return { query: sql`SELECT ${Prisma.join(columns, ", ")}`, figures };
}

/** The figures the person may see, in one statement (none when they may see none). */
export async function loadOverviewFigures(
  db: Pick<Db, "$queryRaw">,
  access: Pick<OrgAccess, "organization" | "can">,
): Promise<OverviewFigures> {
  const statement = overviewStatement(access);
  if (!statement) return {};
  const [row] = await db.$queryRaw<Record<string, bigint | number>[]>(statement.query);
  const result: OverviewFigures = {};
  for (const figure of statement.figures) {
    if (figure === "contactRoles") {
      result.contactRoles = Object.fromEntries(CONTACT_ROLES.map((role) => [role, Number(row[`role:${role}`])])) as Record<
        ContactRoleType,
        Figure
      >;
    } else {
      result[figure] = Number(row[figure]);
    }
  }
  return result;
}
