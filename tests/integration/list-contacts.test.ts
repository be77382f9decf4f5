import { beforeAll, describe, expect, it } from "vitest";
import { db, createDb } from "@/lib/db/prisma";
import { listContacts, iterateContacts, type ContactPage } from "@/lib/contacts/list-contacts";
import { pageParams, type PageRequest } from "@/lib/pagination/page-request";
import { contactListQuerySchema } from "@/lib/contacts/schemas";
import { createContact, createOrder, createOrgWithRoles } from "../support/factories";

let orgId: string;
const q = (input: Record<string, unknown>) => contactListQuerySchema.parse(input);

beforeAll(async () => {
  const { organization } = await createOrgWithRoles("List");
  orgId = organization.id;
  const other = await createOrgWithRoles("Elsewhere");
  await createContact(other.organization.id, { name: "Élodie Foreign", email: "elodie@foreign.test" });
  const elodie = await createContact(orgId, {
    name: "Élodie Durand",
    email: "elodie.durand@acme.test",
    roles: ["PRIMARY_BILLING", "NEW_QUOTES"],
  });
  await createContact(orgId, { name: "Bob Martin", email: "bob@acme.test", roles: ["SECURITY_PRIVACY"] });
  await createContact(orgId, { name: "Carla Gone", email: "carla@acme.test", status: "DISABLED" });
  await createContact(orgId, { name: "alice lower", email: "alice@partner.test" });
  const billing = await createContact(orgId, { name: "Dan Billing", email: "dan@acme.test" });
  for (let i = 0; i < 7; i++) await createOrder(orgId, elodie.id, i % 2 ? billing.id : elodie.id);
  for (let i = 0; i < 30; i++) await createContact(orgId, { name: `Filler ${String(i).padStart(2, "0")}`, email: `filler${i}@acme.test` });
});

describe("listContacts", () => {
  it("finds by name or email, case- and accent-insensitive, by prefix and by substring, in this organization only", async () => {
    for (const term of ["elodie", "ÉLODIE", "Élo", "durand", "odie.dur", "ACME.TEST elodie".split(" ")[1]]) {
      const page = await listContacts(db, orgId, q({ q: term }));
      expect({ term, names: page.rows.map((r) => r.name) }).toEqual({ term, names: ["Élodie Durand"] });
    }
    expect((await listContacts(db, orgId, q({ q: "partner.test" }))).rows.map((r) => r.name)).toEqual(["alice lower"]);
    expect((await listContacts(db, orgId, q({ q: "100%_" }))).total).toEqual({ count: 0, kind: "exact" });
  });

  it("filters by status and by organization-wide role, order role or none", async () => {
    expect((await listContacts(db, orgId, q({ status: "DISABLED" }))).rows.map((r) => r.name)).toEqual(["Carla Gone"]);
    expect((await listContacts(db, orgId, q({ role: "SECURITY_PRIVACY" }))).rows.map((r) => r.name)).toEqual(["Bob Martin"]);
    expect((await listContacts(db, orgId, q({ role: "LICENSEE" }))).rows.map((r) => r.name)).toEqual(["Élodie Durand"]);
    expect((await listContacts(db, orgId, q({ role: "BILLING" }))).rows.map((r) => r.name)).toEqual(["Dan Billing", "Élodie Durand"]);
    const none = (await listContacts(db, orgId, q({ role: "NONE", size: "100" }))).rows.map((r) => r.name);
    expect(none).toEqual(expect.arrayContaining(["alice lower", "Carla Gone", "Filler 00"]));
    expect(none).not.toEqual(expect.arrayContaining(["Élodie Durand"]));
    expect(none.filter((n) => ["Bob Martin", "Dan Billing", "Élodie Durand"].includes(n))).toEqual([]);
  });

  it("returns the Type column's roles and order roles, capped with a count of the rest", async () => {
    const [row] = (await listContacts(db, orgId, q({ q: "elodie" }))).rows;
    expect(row.roles).toEqual(["PRIMARY_BILLING", "NEW_QUOTES"]);
    expect(row.orderRoles).toHaveLength(5);
    expect(row.orderRoleCount).toBe(7);
    expect(row.orderRoles.every((o) => o.licensee)).toBe(true);
    expect(row.orderRoles.some((o) => o.billing) && row.orderRoles.some((o) => !o.billing)).toBe(true);
  });

  it("paginates in name order with the total count, ignoring malformed parameters", async () => {
    const first = await listContacts(db, orgId, q({ size: "25" }));
    expect(first).toMatchObject({ total: { count: 35, kind: "exact" }, size: 25, nav: { page: 1, pages: 2 } });
    expect(first.rows[0].name).toBe("alice lower");
    const second = await listContacts(db, orgId, q({ page: "2", size: "25" }));
    expect(second.rows).toHaveLength(10);
    // Accents and case do not change the order: "Élodie" sorts with the E's.
    const names = [...first.rows, ...second.rows].map((r) => r.name);
    expect(names.indexOf("Élodie Durand")).toBeLessThan(names.indexOf("Filler 00"));
    expect(names.indexOf("Dan Billing")).toBeLessThan(names.indexOf("Élodie Durand"));
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(35);
    expect(q({ page: "-3", size: "7", status: "WHATEVER", role: "ROOT" })).toEqual({
      q: "",
      page: 1,
      size: 25,
      status: undefined,
      role: undefined,
    });
  });

  it("reads a page and its total in one statement whatever the page size", async () => {
    const counted = createDb(process.env.DATABASE_URL);
    let queries = 0;
    const client = counted.$extends({
      query: {
        $allOperations: async ({ args, query }) => {
          queries++;
          return query(args);
        },
      },
    });
    const countFor = async (size: number) => {
      queries = 0;
      await listContacts(client as unknown as typeof db, orgId, q({ size: String(size) }));
      return queries;
    };
    const [small, large] = [await countFor(25), await countFor(100)];
    expect(small).toBe(1);
    expect(large).toBe(small);
    await counted.$disconnect();
  });

  it("walks every page forward and back by key, page numbers matching the offsets, each contact once", async () => {
    const all = (await listContacts(db, orgId, q({ size: "100" }))).rows.map((r) => r.id);
    const forward: string[] = [];
    let request: PageRequest | null = { page: 1 };
    const seenPages: number[] = [];
    while (request) {
      const page = await listContacts(db, orgId, q({ ...pageParams(request), size: "25" }));
      const byNumber = await listContacts(db, orgId, q({ page: String(page.nav.page), size: "25" }));
      expect(page.rows.map((r) => r.id)).toEqual(byNumber.rows.map((r) => r.id));
      seenPages.push(page.nav.page);
      forward.push(...page.rows.map((r) => r.id));
      request = page.nav.next;
    }
    expect(seenPages).toEqual([1, 2]);
    expect(forward).toEqual(all);
    const backward: string[] = [];
    request = (await listContacts(db, orgId, q({ size: "25" }))).nav.last;
    expect(request).toEqual({ page: 2 });
    while (request) {
      const page: ContactPage = await listContacts(db, orgId, q({ ...pageParams(request), size: "25" }));
      backward.unshift(...page.rows.map((r) => r.id));
      request = page.nav.previous;
    }
    expect(backward).toEqual(all);
  });

  it("pages a search by key too, and a deleted boundary row falls back to the page number", async () => {
    const first = await listContacts(db, orgId, q({ q: "filler", size: "25" }));
    expect(first.total).toEqual({ count: 30, kind: "exact" });
    const second = await listContacts(db, orgId, q({ q: "filler", size: "25", ...pageParams(first.nav.next!) }));
    expect(second.rows.map((r) => r.name)).toEqual(["Filler 25", "Filler 26", "Filler 27", "Filler 28", "Filler 29"]);
    expect(second.nav).toMatchObject({ page: 2, pages: 2, next: null, previous: { page: 1 } });

    const doomed = await createContact(orgId, { name: "Aaron Doomed", email: "aaron@acme.test" });
    const page = await listContacts(db, orgId, q({ page: "2", after: doomed.id }));
    await db.contact.delete({ where: { id: doomed.id } });
    const fallback = await listContacts(db, orgId, q({ page: "2", after: doomed.id }));
    expect(fallback.rows.map((r) => r.id)).toEqual((await listContacts(db, orgId, q({ page: "2" }))).rows.map((r) => r.id));
    expect(page.rows.map((r) => r.name)[0]).toBe("alice lower");
  });

  it("iterates every filtered contact for the export", async () => {
    let seen = 0;
    for await (const batch of iterateContacts(db, orgId, { q: "filler" }, 8)) seen += batch.length;
    expect(seen).toBe(30);
  });
});
