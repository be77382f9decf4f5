// The one capability map of SPEC §2. Code checks capabilities, never role names.
import type { ContactRoleType, OrgRole } from "@/lib/db/generated/enums";

export const CAPABILITIES = [
  "org.view", // see organization settings and information
  "org.edit", // edit organization information
  "billing.view", // see billing information, orders, invoices, quotes
  "billing.manage", // edit billing details, pay invoices, place orders, request quotes
  "subscription.manage", // change plan
  "subscription.cancel", // cancel the subscription / delete the organization
  "users.view",
  "users.add", // which roles: assignableRoles()
  "users.changeRole",
  "users.changeWorkspaces",
  "users.remove", // which roles: removableRoles()
  "workspaces.viewAll",
  "workspaces.viewAssigned",
  "workspaces.manage", // create, rename, delete
  "contacts.view",
  "contacts.manage", // add, invite, edit, disable, re-enable contacts
  "domains.manage",
  "audit.view",
  "data.export", // export all organization data (settings → Export)
  "apiKeys.manage",
  "webhooks.manage", // webhook endpoints: add, rotate, disable, delete, delivery log and Resend
  "emails.manage", // the email delivery log: see it, send a failed email again
  "notifications.view", // who gets which email, and why (settings → Notifications)
  // granted by contact roles (SPEC §2, second table)
  "orders.viewAll",
  "licenses.viewAll",
  "licenses.manage",
  "invoices.viewAll",
  "invoices.pay",
  "quotes.viewAll",
  "billingDetails.edit",
  "orders.viewOwn", // only orders where the contact is LICENSEE or BILLING
  "licenses.viewOwn", // only licenses of orders where the contact is LICENSEE
  "invoices.viewOwn", // only invoices of orders where the contact is BILLING
  "invoices.payOwn",
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const ORG_ROLES = ["ORG_ADMIN", "BILLING_ADMIN", "USER_ADMIN", "MEMBER"] as const satisfies readonly OrgRole[];

export const ORG_ROLE_CAPABILITIES: Record<OrgRole, readonly Capability[]> = {
  ORG_ADMIN: [
    "org.view",
    "org.edit",
    "billing.view",
    "billing.manage",
    "subscription.manage",
    "subscription.cancel",
    "users.view",
    "users.add",
    "users.changeRole",
    "users.changeWorkspaces",
    "users.remove",
    "workspaces.viewAll",
    "workspaces.viewAssigned",
    "workspaces.manage",
    "contacts.view",
    "contacts.manage",
    "domains.manage",
    "audit.view",
    "data.export",
    "apiKeys.manage",
    "webhooks.manage",
    "emails.manage",
    "notifications.view",
    "orders.viewAll",
    "licenses.viewAll",
    "licenses.manage",
    "invoices.viewAll",
    "invoices.pay",
    "quotes.viewAll",
    "billingDetails.edit",
  ],
  BILLING_ADMIN: [
    "org.view",
    "billing.view",
    "billing.manage",
    "subscription.manage",
    "users.view",
    "workspaces.viewAll",
    "workspaces.viewAssigned",
    "contacts.view",
    "orders.viewAll",
    "licenses.viewAll",
    "invoices.viewAll",
    "invoices.pay",
    "quotes.viewAll",
    "billingDetails.edit",
  ],
  USER_ADMIN: [
    "org.view",
    "billing.view", // view only
    "users.view",
    "users.add",
    "users.changeWorkspaces",
    "users.remove",
    "workspaces.viewAll",
    "workspaces.viewAssigned",
    "workspaces.manage",
    "contacts.view",
    "orders.viewAll",
    "licenses.viewAll",
    "invoices.viewAll",
    "quotes.viewAll",
  ],
  MEMBER: ["workspaces.viewAssigned"],
};

/** Whoever holds any of these sees the Billing area (orders, invoices, quotes), in full or their own part. */
export const BILLING_AREA: readonly Capability[] = [
  "billing.view",
  "orders.viewAll",
  "orders.viewOwn",
  "licenses.viewAll",
  "invoices.viewAll",
  "invoices.viewOwn",
  "quotes.viewAll",
];

/** Roles each organization role may give when adding a user. */
export const ASSIGNABLE_ROLES: Record<OrgRole, readonly OrgRole[]> = {
  ORG_ADMIN: ORG_ROLES,
  BILLING_ADMIN: [],
  USER_ADMIN: ["MEMBER"],
  MEMBER: [],
};

/** Roles of the users each organization role may remove. */
export const REMOVABLE_ROLES: Record<OrgRole, readonly OrgRole[]> = {
  ORG_ADMIN: ORG_ROLES,
  BILLING_ADMIN: [],
  USER_ADMIN: ["MEMBER"],
  MEMBER: [],
};

/** SPEC §1 "primary roles" (give access once the person signs in); the rest are notifications only. */
export const PRIMARY_CONTACT_ROLES = [
  "PRIMARY_LICENSEE",
  "PRIMARY_TECHNICAL",
  "PRIMARY_BILLING",
] as const satisfies readonly ContactRoleType[];
export const NOTIFICATION_CONTACT_ROLES = [
  "UNPAID_INVOICES",
  "NEW_QUOTES",
  "SECURITY_PRIVACY",
  "DATA_PROTECTION",
] as const satisfies readonly ContactRoleType[];
export const CONTACT_ROLES = [...PRIMARY_CONTACT_ROLES, ...NOTIFICATION_CONTACT_ROLES] as const;

export const CONTACT_ROLE_CAPABILITIES: Record<ContactRoleType, readonly Capability[]> = {
  PRIMARY_LICENSEE: ["org.view", "orders.viewAll", "licenses.viewAll", "licenses.manage"],
  PRIMARY_TECHNICAL: ["org.view", "licenses.viewAll"],
  PRIMARY_BILLING: ["org.view", "orders.viewAll", "invoices.viewAll", "quotes.viewAll", "invoices.pay", "billingDetails.edit"],
  UNPAID_INVOICES: [],
  NEW_QUOTES: [],
  SECURITY_PRIVACY: [],
  DATA_PROTECTION: [],
};

export const ORDER_ROLES = ["LICENSEE", "BILLING"] as const;
export type OrderRole = (typeof ORDER_ROLES)[number];

/**
 * An active contact named on at least one order: the LICENSEE sees that order and its
 * licenses, the BILLING contact that order and its invoice, and pays it (SPEC §2). "Own"
 * capabilities only open the orders where the contact holds that very role.
 */
export const ORDER_ROLE_CAPABILITIES: Record<OrderRole, readonly Capability[]> = {
  LICENSEE: ["orders.viewOwn", "licenses.viewOwn"],
  BILLING: ["orders.viewOwn", "invoices.viewOwn", "invoices.payOwn"],
};

export type Grants = {
  orgRole: OrgRole | null;
  contactRoles: readonly ContactRoleType[];
  /** The order roles the person's active contact holds on at least one order. */
  orderRoles: readonly OrderRole[];
};

/** Everything a person may do in one organization, from their membership and active contact record. */
export function capabilitiesOf(grants: Grants): Set<Capability> {
  const result = new Set<Capability>(grants.orgRole ? ORG_ROLE_CAPABILITIES[grants.orgRole] : []);
  for (const role of grants.contactRoles) for (const capability of CONTACT_ROLE_CAPABILITIES[role]) result.add(capability);
  for (const role of grants.orderRoles) for (const capability of ORDER_ROLE_CAPABILITIES[role]) result.add(capability);
  return result;
}

export function canAssignRole(actor: OrgRole, target: OrgRole): boolean {
  return ASSIGNABLE_ROLES[actor].includes(target);
}

export function canRemoveRole(actor: OrgRole, target: OrgRole): boolean {
  return REMOVABLE_ROLES[actor].includes(target);
}

/** The contact roles that give access on their own (SPEC §2): exactly those with capabilities. */
export const CONTACT_ROLES_GIVING_ACCESS: readonly ContactRoleType[] = CONTACT_ROLES.filter(
  (role) => CONTACT_ROLE_CAPABILITIES[role].length > 0,
);
