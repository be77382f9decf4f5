// "Who can open this organization" has one home (lib/auth/access-rule.ts) used two ways:
// the guard applies the predicate to the facts it loads, lists of organizations filter
// with the where-builder. Over every combination of membership, contact status, contact
// role and order role, both must agree with each other and with SPEC §2.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { loadOrgAccess } from "@/lib/auth/access";
import { organizationsOpenTo } from "@/lib/auth/access-rule";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import { listUserOrganizations } from "@/lib/orgs/list-user-organizations";
import { createContact, createOrder, createUser, uid } from "../support/factories";

const MEMBERSHIPS = [null, "ACTIVE", "PENDING"] as const;
const CONTACT_STATUSES = [null, "ACTIVE", "INVITED", "DISABLED"] as const;
const ROLE_SETS = [[], ...CONTACT_ROLES.map((role) => [role])] as const;
const ORDERS = [[], ["LICENSEE"], ["BILLING"], ["LICENSEE", "BILLING"]] as const;

type Case = {
  membership: (typeof MEMBERSHIPS)[number];
  contact: (typeof CONTACT_STATUSES)[number];
  roles: readonly string[];
  orders: readonly string[];
};

function cases(): Case[] {
  const all: Case[] = [];
  for (const membership of MEMBERSHIPS) {
    all.push({ membership, contact: null, roles: [], orders: [] });
    for (const contact of CONTACT_STATUSES.slice(1))
      for (const roles of ROLE_SETS) for (const orders of ORDERS) all.push({ membership, contact, roles, orders });
  }
  return all;
}

/** SPEC §2, written out independently of the code. */
function specSaysOpen(c: Case): boolean {
  if (c.membership === "ACTIVE") return true;
  if (c.contact !== "ACTIVE") return false;
  return c.orders.length > 0 || c.roles.some((role) => role.startsWith("PRIMARY_"));
}

describe("the access rule", () => {
  it(
    "the guard's predicate, the organization list's where-builder and SPEC §2 agree on every combination",
    { timeout: 120_000 },
    async () => {
      const user = await createUser();
      const results: { c: Case; spec: boolean; guard: boolean; listed: boolean; filtered: boolean }[] = [];
      const orgIds: string[] = [];
      for (const c of cases()) {
        const organization = await db.organization.create({ data: { name: `Rule ${uid()}`, slug: `rule-${uid()}` } });
        orgIds.push(organization.id);
        if (c.membership)
          await db.membership.create({ data: { organizationId: organization.id, userId: user.id, role: "MEMBER", status: c.membership } });
        if (c.contact) {
          const contact = await createContact(organization.id, {
            email: user.email,
            userId: user.id,
            status: c.contact,
            roles: c.roles as never,
          });
          const other = c.orders.length ? await createContact(organization.id) : null;
          if (c.orders.length) {
            await createOrder(
              organization.id,
              c.orders.includes("LICENSEE") ? contact.id : other!.id,
              c.orders.includes("BILLING") ? contact.id : other!.id,
            );
          }
        }
        results.push({
          c,
          spec: specSaysOpen(c),
          guard: (await loadOrgAccess(db, user.id, organization.slug)) !== null,
          listed: false,
          filtered: false,
        });
      }
      const listed = new Set((await listUserOrganizations(user.id)).map((o) => o.id));
      const filtered = new Set(
        (
          await db.organization.findMany({ where: { AND: [organizationsOpenTo(user.id), { id: { in: orgIds } }] }, select: { id: true } })
        ).map((o) => o.id),
      );
      results.forEach((result, index) => {
        result.listed = listed.has(orgIds[index]);
        result.filtered = filtered.has(orgIds[index]);
      });
      const disagreements = results.filter((r) => !(r.spec === r.guard && r.guard === r.listed && r.listed === r.filtered));
      expect(disagreements).toEqual([]);
      expect(results.length).toBeGreaterThan(250);
      expect(results.filter((r) => r.guard).length).toBeGreaterThan(50);
    },
  );
});
