// The bodies REST API v1 answers with, one zod schema per shape. Each handler is typed through
// its schema (its `run` or `present` must return z.infer of it) and the OpenAPI document is
// generated from the same schema (EndpointMeta.response), so the two cannot drift apart;
// tests/integration/api-v1-responses.test.ts parses real answers with them. These are the JSON
// bodies as sent: timestamps are ISO 8601 strings in UTC (`isoTimestamp` turns the database's
// values into them).
import { z } from "zod";
import { ORG_ROLES } from "@/lib/auth/capabilities";
import { LOCALES } from "@/lib/i18n/locales";
import { ContactRoleType, ContactStatus, InvoiceStatus, MembershipStatus, OrderChannel, OrderStatus } from "@/lib/db/generated/enums";

// format: date-time says it; the validating pattern zod would write out adds nothing to the reference.
const timestamp = z.iso.datetime().meta({
  description: "ISO 8601, UTC.",
  override: ({ jsonSchema }) => {
    delete jsonSchema.pattern;
  },
});
const count = z.number().int().min(0);
const contactRoles = z.array(z.enum(ContactRoleType));

/**
 * A timestamp as the API writes it. A Date is what JSON would make of it; a string comes from
 * a json_build_object() of a timestamp column (UTC without its zone, e.g. "2026-01-02T03:04:05.678").
 */
export function isoTimestamp(value: Date | string): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`).toISOString();
}

const listTotal = z
  .object({
    count,
    kind: z.enum(["exact", "atLeast", "estimate"]).meta({ description: "exact; atLeast: the count stopped at a cap; estimate." }),
  })
  .meta({ id: "ListTotal", description: "How many rows the list has, as far as it was counted." });

/** A page of a list: its rows, the cursor of the next page (null on the last one) and the total. */
function listOf<Row extends z.ZodType>(row: Row, id: string) {
  return z
    .object({
      data: z.array(row),
      nextCursor: z.string().nullable().meta({ description: "Pass it as `cursor` for the next page; null on the last page." }),
      total: listTotal,
    })
    .meta({ id });
}

const person = z.object({ name: z.string(), email: z.string() });
const orderLine = z.object({ product: z.string(), plan: z.string(), quantity: z.number().int(), unitPriceCents: z.number().int() });

// Users.
export const userSchema = z
  .object({
    membershipId: z.string(),
    userId: z.string(),
    name: z.string().nullable(),
    email: z.string(),
    role: z.enum(ORG_ROLES),
    status: z.enum(MembershipStatus),
    lastActiveAt: timestamp.nullable(),
    workspaceCount: count,
    workspaceNames: z
      .array(z.string())
      .meta({ description: "The first workspaces' names, alphabetically (workspaceCount says how many)." }),
    invitation: z
      .object({ expiresAt: timestamp, lastSentAt: timestamp.nullable() })
      .nullable()
      .meta({ description: "A pending user's invitation." }),
  })
  .meta({ id: "User" });
export const userListSchema = listOf(userSchema, "UserList");

export const invitedUserSchema = z
  .object({
    membershipId: z.string(),
    email: z.string(),
    role: z.enum(ORG_ROLES),
    expiresAt: timestamp,
    contactAdded: z.boolean().meta({ description: "Whether the person was also added as a contact." }),
  })
  .meta({ id: "InvitedUser" });
export const userRoleChangeSchema = z
  .object({ membershipId: z.string(), name: z.string(), role: z.enum(ORG_ROLES), previousRole: z.enum(ORG_ROLES) })
  .meta({ id: "UserRoleChange" });
export const userWorkspacesChangeSchema = z
  .object({
    membershipId: z.string(),
    name: z.string(),
    added: z.array(z.string()).meta({ description: "Workspace ids added." }),
    removed: z.array(z.string()).meta({ description: "Workspace ids removed." }),
    unassignedContacts: count,
  })
  .meta({ id: "UserWorkspacesChange" });
export const removedUserSchema = z
  .object({ membershipId: z.string(), name: z.string(), workspaces: count, unassignedContacts: count })
  .meta({ id: "RemovedUser" });
export const sentInvitationSchema = z.object({ email: z.string(), expiresAt: timestamp }).meta({ id: "SentInvitation" });
export const revokedUserInvitationSchema = z.object({ email: z.string() }).meta({ id: "RevokedUserInvitation" });

// Workspaces.
export const workspaceSchema = z
  .object({ id: z.string(), name: z.string(), members: count, contacts: count })
  .meta({ id: "Workspace", description: "members: users assigned; contacts: workspace contacts." });
export const workspaceListSchema = listOf(workspaceSchema, "WorkspaceList");
export const createdWorkspaceSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: "CreatedWorkspace" });

// Contact invitations.
export const pendingInvitationSchema = z
  .object({
    id: z.string(),
    roles: contactRoles,
    email: z.string().nullable().meta({ description: "Where it was last sent; null when the link was only copied." }),
    createdBy: person.extend({ name: z.string().nullable() }).nullable(),
    createdAt: timestamp,
    expiresAt: timestamp,
    lastSentAt: timestamp.nullable(),
    expired: z.boolean().meta({ description: "Expired invitations can be resent." }),
  })
  .meta({ id: "PendingInvitation" });
export const pendingInvitationListSchema = z
  .object({
    data: z.array(pendingInvitationSchema),
    hasMore: z.boolean().meta({ description: "More pending invitations than listed (the newest are)." }),
  })
  .meta({ id: "PendingInvitationList" });
export const contactInvitationSchema = z
  .object({ invitationId: z.string(), email: z.string(), expiresAt: timestamp })
  .meta({ id: "ContactInvitation" });
export const revokedInvitationSchema = z.object({ invitationId: z.string() }).meta({ id: "RevokedInvitation" });

// Contacts.
export const contactSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    language: z.enum(LOCALES),
    status: z.enum(ContactStatus),
    userId: z.string().nullable().meta({ description: "The contact's account, once they accepted an invitation." }),
    roles: contactRoles,
    orders: z
      .array(z.object({ number: z.string(), licensee: z.boolean(), billing: z.boolean() }))
      .meta({ description: "The first orders the contact is the licensee or billing contact of." }),
    moreOrders: count.meta({ description: "How many more orders than listed." }),
  })
  .meta({ id: "Contact" });
export const contactListSchema = listOf(contactSchema, "ContactList");
export const addedContactSchema = z.object({ id: z.string(), name: z.string(), email: z.string() }).meta({ id: "AddedContact" });
export const contactChangeSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: "ContactChange" });
export const enabledContactSchema = z.object({ id: z.string(), name: z.string(), roles: contactRoles }).meta({ id: "EnabledContact" });
export const reassignedContactSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    orders: count.meta({ description: "Orders reassigned." }),
    replacement: z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      created: z.boolean().meta({ description: "Whether the replacement contact was created by this call." }),
    }),
  })
  .meta({ id: "ReassignedContact" });

// Orders and invoices.
export const orderSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    placedAt: timestamp,
    channel: z.enum(OrderChannel),
    status: z.enum(OrderStatus),
    currency: z.string(),
    totalCents: z.number().int(),
    licensee: person,
    billing: person,
  })
  .meta({ id: "Order" });
export const orderListSchema = listOf(orderSchema, "OrderList");

const contactRef = person.extend({ id: z.string() });
export const orderDetailSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    placedAt: timestamp,
    channel: z.enum(OrderChannel),
    status: z.enum(OrderStatus),
    currency: z.string(),
    totalCents: z.number().int(),
    placedBy: z.string().nullable().meta({ description: "Who placed it (name or email), when still known." }),
    licensee: contactRef,
    billing: contactRef,
    lines: z.array(orderLine),
    licenses: z
      .array(
        z.object({
          id: z.string(),
          product: z.string(),
          licenseKey: z.string(),
          seats: z.number().int(),
          used: count,
          validUntil: timestamp.nullable(),
          assignees: z.array(z.object({ id: z.string(), email: z.string() })).meta({ description: "The first assignees." }),
        }),
      )
      .nullable()
      .meta({ description: "null: the key's role may not see them." }),
    invoice: z
      .object({
        id: z.string(),
        number: z.string(),
        amountCents: z.number().int(),
        status: z.enum(InvoiceStatus),
        dueAt: timestamp,
        overdue: z.boolean(),
      })
      .nullable()
      .meta({ description: "The latest invoice; null when there is none or the key's role may not see it." }),
  })
  .meta({ id: "OrderDetail" });

const invoiceFields = {
  id: z.string(),
  number: z.string(),
  amountCents: z.number().int(),
  currency: z.string(),
  issuedAt: timestamp,
  dueAt: timestamp,
  status: z.enum(InvoiceStatus),
  paidAt: timestamp.nullable(),
  overdue: z.boolean().meta({ description: "Open past its due date." }),
  payable: z.boolean().meta({ description: "Whether the key's role may mark it as paid." }),
};
export const invoiceSchema = z.object({ ...invoiceFields, orderId: z.string(), orderNumber: z.string() }).meta({ id: "Invoice" });
export const invoiceListSchema = listOf(invoiceSchema, "InvoiceList");
const nullableText = z.string().nullable();
export const invoiceDetailSchema = z
  .object({
    ...invoiceFields,
    order: z.object({ id: z.string(), number: z.string(), placedAt: timestamp }),
    billingContact: person,
    organization: z.object({
      name: z.string(),
      legalName: nullableText,
      addressLine1: nullableText,
      addressLine2: nullableText,
      postalCode: nullableText,
      city: nullableText,
      country: nullableText,
      vatId: nullableText,
    }),
    lines: z.array(orderLine),
  })
  .meta({ id: "InvoiceDetail" });
