// What a data export holds: one entry per entity, written as <file>.csv and <file>.json, its
// columns chosen here one by one, so that nothing secret leaves (no token hash, no session,
// no email body or template props, no domain verification token). Each entity is read in
// keyset pages of its `key`, within the organization.
import { Prisma } from "@/lib/db/generated/client";

export type ExportColumn = { name: string; sql: string; description: string };
export type ExportEntity = {
  file: string;
  description: string;
  /** `FROM …` with the entity's rows aliased k (joins allowed). */
  from: string;
  /** The organization's rows: `k."organizationId"` unless said otherwise. */
  tenant?: string;
  /** Columns of a unique key in the order read, e.g. ['k.id']. */
  key: string[];
  columns: ExportColumn[];
};

const c = (name: string, description: string, sql = `k."${name}"`): ExportColumn => ({ name, sql, description });
const id = (what: string) => c("id", `The ${what}'s id.`, "k.id");
const createdAt = (what: string) => c("createdAt", `When the ${what} was created (UTC, ISO 8601).`);

export const EXPORT_ENTITIES: ExportEntity[] = [
  {
    file: "organization",
    description: "The organization itself: name, URL name, billing details and subscription.",
    from: `"Organization" k`,
    tenant: "k.id",
    key: ["k.id"],
    columns: [
      id("organization"),
      c("name", "Name."),
      c("slug", "URL name (/orgs/<slug>)."),
      c("legalName", "Legal name for invoices."),
      c("addressLine1", "Billing address, first line."),
      c("addressLine2", "Billing address, second line."),
      c("postalCode", "Postal code."),
      c("city", "City."),
      c("country", "Country."),
      c("vatId", "VAT id."),
      c("planId", "Subscription plan: one of the product catalogue's plans (e.g. cloud-business)."),
      c("subscriptionStatus", "ACTIVE or CANCELLED."),
      c("cancelledAt", "When the subscription was cancelled."),
      c("deletionScheduledAt", "When a cancelled organization is deleted."),
      c("defaultLocale", "Default language of new contacts and invitations."),
      createdAt("organization"),
    ],
  },
  {
    file: "users",
    description: "Users and their memberships: one row per person with an organization role (pending invitations included).",
    from: `"Membership" k JOIN "User" u ON u.id = k."userId"`,
    key: ["k.id"],
    columns: [
      c("membershipId", "The membership's id.", "k.id"),
      c("userId", "The account's id.", `k."userId"`),
      c("email", "Email of the account.", "u.email"),
      c("name", "Name of the account.", "u.name"),
      c("role", "Organization role: ORG_ADMIN, BILLING_ADMIN, USER_ADMIN or MEMBER."),
      c("status", "PENDING (invited, not yet accepted) or ACTIVE."),
      c("language", "The account's interface language.", "u.locale"),
      c("lastActiveAt", "When the person last used the organization."),
      c("lastSignInAt", "When the account last signed in.", `u."lastSignInAt"`),
      c("createdAt", "When the membership was created."),
    ],
  },
  {
    file: "workspaces",
    description: "Workspaces.",
    from: `"Workspace" k`,
    key: ["k.id"],
    columns: [id("workspace"), c("name", "Name."), createdAt("workspace")],
  },
  {
    file: "workspace_assignments",
    description: "Which users are assigned to which workspaces.",
    from: `"WorkspaceAssignment" k`,
    key: [`k."workspaceId"`, `k."membershipId"`],
    columns: [
      c("workspaceId", "The workspace (workspaces.id)."),
      c("membershipId", "The user (users.membershipId)."),
      c("createdAt", "When the user was assigned."),
    ],
  },
  {
    file: "workspace_contacts",
    description: "Customer records handled in each workspace.",
    from: `"WorkspaceContact" k`,
    key: ["k.id"],
    columns: [
      id("workspace contact"),
      c("workspaceId", "The workspace (workspaces.id)."),
      c("name", "Name."),
      c("email", "Email."),
      c("phone", "Phone."),
      c("assignedUserId", "The user it is assigned to (users.userId), if any."),
      createdAt("workspace contact"),
    ],
  },
  {
    file: "contacts",
    description: "The organization's contact list.",
    from: `"Contact" k`,
    key: ["k.id"],
    columns: [
      id("contact"),
      c("name", "Name."),
      c("email", "Email."),
      c("phone", "Phone."),
      c("language", "Preferred notification language."),
      c("status", "ACTIVE, INVITED or DISABLED."),
      c("source", "How the contact came: added directly, invitation, order, admin invitation, reassignment."),
      c("userId", "The account with the same email, once there is one."),
      c("disabledAt", "When the contact was disabled."),
      createdAt("contact"),
    ],
  },
  {
    file: "contact_roles",
    description: "Organization-wide roles of contacts (order-specific roles are the orders' licensee and billing contacts).",
    from: `"ContactRole" k`,
    key: [`k."contactId"`, "k.role::text"],
    columns: [c("contactId", "The contact (contacts.id)."), c("role", "The role."), c("createdAt", "When the role was given.")],
  },
  {
    file: "orders",
    description: "Orders.",
    from: `"Order" k`,
    key: ["k.id"],
    columns: [
      id("order"),
      c("number", "Order number."),
      c("channel", "ONLINE, SALES_REP or PARTNER."),
      c("status", "Status."),
      c("placedByUserId", "The account that placed it."),
      c("placedAt", "When it was placed."),
      c("licenseeContactId", "Its LICENSEE contact (contacts.id)."),
      c("billingContactId", "Its BILLING contact (contacts.id)."),
      c("currency", "Currency."),
      c("totalCents", "Total, in cents."),
      createdAt("order"),
    ],
  },
  {
    file: "order_line_items",
    description: "The line items of each order.",
    from: `"OrderLineItem" k`,
    key: ["k.id"],
    columns: [
      id("line item"),
      c("orderId", "The order (orders.id)."),
      c("product", "Product."),
      c("plan", "Plan."),
      c("quantity", "Quantity."),
      c("unitPriceCents", "Unit price, in cents."),
      c("currency", "Currency."),
    ],
  },
  {
    file: "licenses",
    description: "Licenses yielded by orders.",
    from: `"License" k`,
    key: ["k.id"],
    columns: [
      id("license"),
      c("orderId", "The order (orders.id)."),
      c("product", "Product."),
      c("licenseKey", "License key."),
      c("seats", "Number of seats."),
      c("validUntil", "End of validity."),
      createdAt("license"),
    ],
  },
  {
    file: "license_assignments",
    description: "License seats given to people.",
    from: `"LicenseAssignment" k`,
    key: ["k.id"],
    columns: [
      id("assignment"),
      c("licenseId", "The license (licenses.id)."),
      c("email", "The person holding the seat."),
      c("assignedByUserId", "The account that gave it."),
      c("assignedAt", "When it was given."),
    ],
  },
  {
    file: "invoices",
    description: "Invoices.",
    from: `"Invoice" k`,
    key: ["k.id"],
    columns: [
      id("invoice"),
      c("orderId", "The order (orders.id)."),
      c("number", "Invoice number."),
      c("amountCents", "Amount, in cents."),
      c("currency", "Currency."),
      c("issuedAt", "Issue date."),
      c("dueAt", "Due date."),
      c("status", "OPEN, PAID or VOID."),
      c("paidAt", "When it was paid."),
      createdAt("invoice"),
    ],
  },
  {
    file: "quotes",
    description: "Quotes.",
    from: `"Quote" k`,
    key: ["k.id"],
    columns: [
      id("quote"),
      c("number", "Quote number."),
      c("requestedByUserId", "The account that requested it."),
      c("requesterContactId", "The requester's contact record."),
      c("items", "Products quoted (JSON)."),
      c("amountCents", "Amount, in cents."),
      c("currency", "Currency."),
      c("validUntil", "End of validity."),
      c("status", "Status."),
      c("note", "Note."),
      createdAt("quote"),
    ],
  },
  {
    file: "domains",
    description: "Verified domains (the verification token is left out).",
    from: `"VerifiedDomain" k`,
    key: ["k.id"],
    columns: [
      id("domain"),
      c("domain", "Domain name."),
      c("status", "Verification status."),
      c("verifiedAt", "When it was verified."),
      c("lastCheckedAt", "When its DNS record was last checked."),
      createdAt("domain"),
    ],
  },
  {
    file: "invitations",
    description: "Contact and user invitations (their links are not included: only a hash of each is stored, and it is left out).",
    from: `"Invitation" k`,
    key: ["k.id"],
    columns: [
      id("invitation"),
      c("kind", "CONTACT or USER."),
      c("email", "The invitee's email (USER), or where it was sent (CONTACT)."),
      c("orgRole", "The organization role offered (USER)."),
      c("contactRoles", "The contact roles offered (CONTACT), separated by ';' in CSV."),
      c("workspaceIds", "Workspaces to assign (USER), separated by ';' in CSV."),
      c("language", "Language of the invitation."),
      c("createdByUserId", "The account that created it."),
      createdAt("invitation"),
      c("expiresAt", "When its link expires."),
      c("revokedAt", "When it was revoked."),
      c("acceptedAt", "When it was accepted."),
      c("acceptedByUserId", "The account that accepted it."),
      c("lastSentAt", "When it was last emailed."),
      c("sharedAt", "When its link was first shared."),
    ],
  },
  {
    file: "emails",
    description: "Emails sent on behalf of the organization, with their delivery status (their bodies and links are not included).",
    from: `"EmailOutbox" k`,
    key: ["k.id"],
    columns: [
      id("email"),
      c("template", "Which email it is."),
      c("toEmail", "Recipient address."),
      c("toName", "Recipient name."),
      c("locale", "Language."),
      c("subject", "Subject."),
      c("status", "PENDING, SENDING, SENT, FAILED or CANCELLED."),
      c("attempts", "Delivery attempts."),
      c("lastError", "Last delivery error."),
      c("sentAt", "When it was sent."),
      createdAt("email"),
    ],
  },
  {
    file: "audit_events",
    description: "The audit log: who did what to which record, when and from where.",
    from: `"AuditEvent" k LEFT JOIN "User" u ON u.id = k."actorUserId"`,
    key: [`k."createdAt"`, "k.id"],
    columns: [
      id("event"),
      c("createdAt", "When it happened."),
      c("actorUserId", "The account that acted (empty: the app itself)."),
      c("actorEmail", "That account's email.", "u.email"),
      c("action", "What was done (e.g. contact.updated)."),
      c("targetType", "The kind of record changed."),
      c("targetId", "The record changed."),
      c("metadata", "What changed (JSON): before and after values."),
      c("ip", "Client IP (recorded only behind a trusted proxy)."),
      c("userAgent", "Client user agent."),
    ],
  },
];

/** One page of an entity's rows after `cursor` (the last row's key values), in key order. */
export function entityPageSql(entity: ExportEntity, organizationId: string, cursor: unknown[] | null, size: number): Prisma.Sql {
  const select = Prisma.raw(
    [...entity.columns.map((column) => `${column.sql} AS "${column.name}"`), ...entity.key.map((key, i) => `${key} AS "_key${i}"`)].join(
      ", ",
    ),
  );
  const keys = Prisma.raw(entity.key.join(", "));
  const after = cursor ? Prisma.sql`AND (${keys}) > (${Prisma.join(cursor.map((value) => Prisma.sql`${value}`))})` : Prisma.empty;
  return Prisma.sql`SELECT ${select} FROM ${Prisma.raw(entity.from)}
    WHERE ${Prisma.raw(entity.tenant ?? `k."organizationId"`)} = ${organizationId} ${after}
    ORDER BY ${keys} LIMIT ${size}`;
}
