import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { addOrFindContact } from "@/lib/contacts/add-or-find-contact";
import { createContact, createOrgWithRoles, createUser, uid } from "../support/factories";

describe("addOrFindContact", () => {
  it("adds a person with no organization-wide role, linked to the user with that email, and audits it", async () => {
    const { organization, users } = await createOrgWithRoles();
    const user = await createUser({ email: `new-${uid()}@example.test` });
    const result = await db.$transaction((tx) =>
      addOrFindContact(tx, { organizationId: organization.id, email: ` ${user.email.toUpperCase()} `, name: "Nina New", source: "REASSIGNMENT", actorUserId: users.ORG_ADMIN.id }),
    );
    expect(result.created).toBe(true);
    const contact = await db.contact.findUniqueOrThrow({ where: { id: result.contact.id }, include: { roles: true } });
    expect(contact).toMatchObject({ email: user.email, name: "Nina New", status: "ACTIVE", source: "REASSIGNMENT", userId: user.id, searchText: `nina new ${user.email}` });
    expect(contact.roles).toEqual([]);
    expect(await db.auditEvent.count({ where: { targetId: contact.id, action: "contact.created" } })).toBe(1);
  });

  it("finds the existing contact and changes nothing", async () => {
    const { organization } = await createOrgWithRoles();
    const existing = await createContact(organization.id, { name: "Old Name", roles: ["NEW_QUOTES"] });
    const result = await db.$transaction((tx) =>
      addOrFindContact(tx, { organizationId: organization.id, email: existing.email, name: "Other", source: "ORDER", actorUserId: null }),
    );
    expect(result).toMatchObject({ created: false, contact: { id: existing.id, name: "Old Name" } });
    expect(await db.contactRole.count({ where: { contactId: existing.id } })).toBe(1);
  });

  it("two concurrent adds of the same email yield one contact", async () => {
    const { organization } = await createOrgWithRoles();
    const email = `race-${uid()}@example.test`;
    const results = await Promise.all(
      [1, 2, 3].map(() => db.$transaction((tx) => addOrFindContact(tx, { organizationId: organization.id, email, source: "ORDER", actorUserId: null }))),
    );
    expect(new Set(results.map((r) => r.contact.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.contact.count({ where: { organizationId: organization.id, email } })).toBe(1);
  });

  it("the same email in two organizations is two contacts", async () => {
    const a = await createOrgWithRoles();
    const b = await createOrgWithRoles();
    const email = `shared-${uid()}@example.test`;
    const inA = await db.$transaction((tx) => addOrFindContact(tx, { organizationId: a.organization.id, email, source: "ORDER", actorUserId: null }));
    const inB = await db.$transaction((tx) => addOrFindContact(tx, { organizationId: b.organization.id, email, source: "ORDER", actorUserId: null }));
    expect(inA.contact.id).not.toBe(inB.contact.id);
  });
});
