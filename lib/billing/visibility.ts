// The one home of "which orders, invoices, licenses and quotes may this person see or
// pay" (SPEC §2, second table). A scope is decided once from the access; lists, detail
// pages, actions and the PDF route turn it into SQL (`scopeSql`) or a Prisma `where`
// (`scopeWhere`). tests/integration/billing-visibility.test.ts proves the two agree.
//
// "Own" means the orders where the person's contact holds THAT role: a contact who is the
// LICENSEE of order A and the BILLING contact of order B sees A and its licenses, B and its
// invoice, and not A's invoice.
import { Prisma } from "@/lib/db/generated/client";
import type { OrgAccess } from "@/lib/auth/access";
import type { Capability } from "@/lib/auth/capabilities";

export type BillingEntity = "order" | "invoice" | "license" | "quote";

/** Every record of the organization, those of orders where the contact is LICENSEE and/or BILLING, or none. */
export type Scope =
  | { kind: "all"; organizationId: string }
  | { kind: "own"; organizationId: string; contactId: string; asLicensee: boolean; asBilling: boolean }
  | { kind: "none" };

type Rule = { all: Capability; own?: { capability: Capability; asLicensee: boolean; asBilling: boolean } };

/** Which capability opens every record of an entity, and which opens the person's own. */
const VIEW_RULES: Record<BillingEntity, Rule> = {
  order: { all: "orders.viewAll", own: { capability: "orders.viewOwn", asLicensee: true, asBilling: true } },
  license: { all: "licenses.viewAll", own: { capability: "licenses.viewOwn", asLicensee: true, asBilling: false } },
  invoice: { all: "invoices.viewAll", own: { capability: "invoices.viewOwn", asLicensee: false, asBilling: true } },
  quote: { all: "quotes.viewAll" },
};

const PAY_RULE: Rule = { all: "invoices.pay", own: { capability: "invoices.payOwn", asLicensee: false, asBilling: true } };
const MANAGE_LICENSES_RULE: Rule = { all: "licenses.manage" };

type AccessLike = Pick<OrgAccess, "organization" | "contactId" | "orderRoles" | "can">;

function scopeOf(access: AccessLike, rule: Rule): Scope {
  const organizationId = access.organization.id;
  if (access.can(rule.all)) return { kind: "all", organizationId };
  const own = rule.own;
  if (!own || !access.contactId || !access.can(own.capability)) return { kind: "none" };
  // Only the order roles the contact actually holds somewhere can match a row.
  const asLicensee = own.asLicensee && access.orderRoles.includes("LICENSEE");
  const asBilling = own.asBilling && access.orderRoles.includes("BILLING");
  return asLicensee || asBilling ? { kind: "own", organizationId, contactId: access.contactId, asLicensee, asBilling } : { kind: "none" };
}

/** The records of `entity` the person may see. */
export function viewScope(access: AccessLike, entity: BillingEntity): Scope {
  return scopeOf(access, VIEW_RULES[entity]);
}

/** The invoices the person may mark as paid. */
export function payScope(access: AccessLike): Scope {
  return scopeOf(access, PAY_RULE);
}

/** The licenses whose seats the person may assign and revoke. */
export function manageLicensesScope(access: AccessLike): Scope {
  return scopeOf(access, MANAGE_LICENSES_RULE);
}

/** The capabilities that let a person see any record of the entity (the area's pages answer 404 without one). */
export function viewCapabilities(entity: BillingEntity): Capability[] {
  const rule = VIEW_RULES[entity];
  return rule.own ? [rule.all, rule.own.capability] : [rule.all];
}

/**
 * SQL condition for rows of `entity` under `scope`. `alias` is the entity's own table
 * (orders: "Order"; invoices and licenses: their table, joined to their order as `orderAlias`).
 */
export function scopeSql(scope: Scope, alias: string, orderAlias: string = alias): Prisma.Sql {
  if (scope.kind === "none") return Prisma.sql`false`;
  const tenant = Prisma.sql`${Prisma.raw(`${alias}."organizationId"`)} = ${scope.organizationId}`;
  if (scope.kind === "all") return tenant;
  const roles: Prisma.Sql[] = [];
  if (scope.asLicensee) roles.push(Prisma.sql`${Prisma.raw(`${orderAlias}."licenseeContactId"`)} = ${scope.contactId}`);
  if (scope.asBilling) roles.push(Prisma.sql`${Prisma.raw(`${orderAlias}."billingContactId"`)} = ${scope.contactId}`);
  return Prisma.sql`${tenant} AND (${Prisma.join(roles, " OR ")})`;
}

function orderWhere(scope: Extract<Scope, { kind: "own" }>): Prisma.OrderWhereInput {
  const roles: Prisma.OrderWhereInput[] = [];
  if (scope.asLicensee) roles.push({ licenseeContactId: scope.contactId });
  if (scope.asBilling) roles.push({ billingContactId: scope.contactId });
  return { organizationId: scope.organizationId, OR: roles };
}

/** Prisma `where` for orders under `scope`. */
export function orderScopeWhere(scope: Scope): Prisma.OrderWhereInput {
  if (scope.kind === "none") return { id: { in: [] } };
  if (scope.kind === "all") return { organizationId: scope.organizationId };
  return orderWhere(scope);
}

/** Prisma `where` for invoices under `scope`. */
export function invoiceScopeWhere(scope: Scope): Prisma.InvoiceWhereInput {
  if (scope.kind === "none") return { id: { in: [] } };
  if (scope.kind === "all") return { organizationId: scope.organizationId };
  return { organizationId: scope.organizationId, order: orderWhere(scope) };
}

/** Prisma `where` for licenses under `scope`. */
export function licenseScopeWhere(scope: Scope): Prisma.LicenseWhereInput {
  if (scope.kind === "none") return { id: { in: [] } };
  if (scope.kind === "all") return { organizationId: scope.organizationId };
  return { organizationId: scope.organizationId, order: orderWhere(scope) };
}

/** Prisma `where` for quotes under `scope` (quotes have no "own": all or nothing). */
export function quoteScopeWhere(scope: Scope): Prisma.QuoteWhereInput {
  return scope.kind === "all" ? { organizationId: scope.organizationId } : { id: { in: [] } };
}
