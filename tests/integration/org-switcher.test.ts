// The header's organization switcher lists what the guard would open (one access rule):
// active memberships and contacts whose roles give access; not pending memberships nor
// notifications-only contacts; signed out, nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { listSwitcherOrganizations } from "@/lib/orgs/switcher-organizations";
import { loadOrgAccess } from "@/lib/auth/access";
import { actorOf, createContact, createOrgWithRoles, createUser } from "../support/factories";

describe("listSwitcherOrganizations", () => {
  it("lists exactly the organizations the person may open, with their role where they are a member", async () => {
    const person = await createUser();
    const member = await createOrgWithRoles("Member of");
    const contact = await createOrgWithRoles("Contact of");
    const pending = await createOrgWithRoles("Pending in");
    const notified = await createOrgWithRoles("Notified by");
    await db.membership.create({ data: { organizationId: member.organization.id, userId: person.id, role: "USER_ADMIN" } });
    await createContact(contact.organization.id, { email: person.email, userId: person.id, roles: ["PRIMARY_BILLING"] });
    await db.membership.create({ data: { organizationId: pending.organization.id, userId: person.id, role: "MEMBER", status: "PENDING" } });
    await createContact(notified.organization.id, { email: person.email, userId: person.id, roles: ["NEW_QUOTES"] });

    const result = await listSwitcherOrganizations.call(actorOf(person), {});
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data.map((o) => o.slug).sort()).toEqual([member.organization.slug, contact.organization.slug].sort());
    expect(result.data.find((o) => o.slug === member.organization.slug)?.role).toBe("USER_ADMIN");
    expect(result.data.find((o) => o.slug === contact.organization.slug)?.role).toBeNull();
    // The same answer as the guard, organization by organization.
    for (const org of [member, contact, pending, notified]) {
      const listed = result.data.some((o) => o.slug === org.organization.slug);
      expect(listed).toBe((await loadOrgAccess(db, person.id, org.organization.slug)) !== null);
    }
    expect(await listSwitcherOrganizations.call(null, {})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});
