// The access report says exactly what the guard allows: for every person who can open the
// organization (members, contacts whose role or order gives access), the capabilities the
// guard's access has, each with where it comes from; nobody without access; one person alone.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { translator } from "@/lib/i18n";
import { accessReportPage, exportAccessReport } from "@/lib/users/access-report";
import { actorOf, createContact, createOrder, createOrgWithRoles, createUser } from "../support/factories";

describe("access report", () => {
  it("lists members and contacts with access, with the guard's capabilities and their sources", async () => {
    const org = await createOrgWithRoles("Access");
    const orgId = org.organization.id;
    const payer = await createUser();
    await createContact(orgId, { email: payer.email, userId: payer.id, roles: ["PRIMARY_BILLING"] });
    const newsOnly = await createUser();
    await createContact(orgId, { email: newsOnly.email, userId: newsOnly.id, roles: ["NEW_QUOTES"] });
    const licensee = await createUser();
    const licenseeContact = await createContact(orgId, { email: licensee.email, userId: licensee.id });
    await createOrder(orgId, licenseeContact.id);
    // The member also holds a contact role: both sources show.
    await createContact(orgId, { email: org.users.MEMBER.email, userId: org.users.MEMBER.id, roles: ["PRIMARY_TECHNICAL"] });

    const t = translator("en");
    const { people } = await accessReportPage(orgId, { size: 100 }, t);
    const emails = people.map((person) => person.email).sort();
    expect(emails).toEqual([...Object.values(org.users).map((user) => user.email), payer.email, licensee.email].sort());
    expect(emails).not.toContain(newsOnly.email);
    for (const person of people) {
      const access = await authorize(db, actorOf({ id: person.userId }), org.organization.slug, null);
      expect(person.grants.map((grant) => grant.capability).sort()).toEqual([...access.capabilities].sort());
      for (const grant of person.grants) expect(grant.sources.length).toBeGreaterThan(0);
    }
    const byEmail = new Map(people.map((person) => [person.email, person]));
    expect(byEmail.get(payer.email)!.grants.find((g) => g.capability === "invoices.pay")!.sources).toEqual([
      "Contact role: Primary billing",
    ]);
    expect(byEmail.get(licensee.email)!.grants.find((g) => g.capability === "orders.viewOwn")!.sources).toEqual([
      "Licensee of an order",
      "Billing contact of an order",
    ]);
    expect(byEmail.get(org.users.MEMBER.email)!.grants.map((g) => [g.capability, g.sources])).toEqual([
      ["org.view", ["Contact role: Primary technical"]],
      ["workspaces.viewAssigned", ["Organization role: Member"]],
      ["licenses.viewAll", ["Contact role: Primary technical"]],
    ]);

    // One person, as CSV in French, across pages of one.
    const actor = actorOf(org.users.ORG_ADMIN);
    const access = await authorize(db, actor, org.organization.slug, "users.view");
    const { stream } = await exportAccessReport(access, actor, "fr", payer.id, 1);
    const lines = (await new Response(stream).text()).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("Nom,E-mail,Capacité,Accordée par");
    expect(lines.length - 1).toBe(byEmail.get(payer.email)!.grants.length);
    const all = await exportAccessReport(access, actor, "en", undefined, 2);
    const allLines = (await new Response(all.stream).text()).split("\r\n").filter(Boolean);
    expect(allLines.length - 1).toBe(people.reduce((sum, person) => sum + person.grants.length, 0));
  });
});
