import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { addOrFindContact } from "@/lib/contacts/add-or-find-contact";
import { createContact, createOrgWithRoles, createUser, uid } from "../support/factories";

describe("addOrFindContact", () => {
  it("adds a person with no organization-wide role, linked to the user with that email, and audits it", async () => {
    const { organization, users } = await createOrgWithRoles();
    const user = await createUser({ email: `new-${uid()}@example.test` });
    const result = await db.$transaction((tx) =>
      addOrFindContact(tx, {
        organizationId: organization.id,
        email: ` ${user.email.toUpperCase()} `,
        name: "Nina New",
        source: "REASSIGNMENT",
        actor: { userId: users.ORG_ADMIN.id },
      }),
    );
    expect(result.created).toBe(true);
    const contact = await db.contact.findUniqueOrThrow({ where: { id: result.contact.id }, include: { roles: true } });
    expect(contact).toMatchObject({
      email: user.email,
      name: "Nina New",
      status: "ACTIVE",
      source: "REASSIGNMENT",
      userId: user.id,
      searchText: `nina new ${user.email}`,
    });
    expect(contact.roles).toEqual([]);
    expect(await db.auditEvent.count({ where: { targetId: contact.id, action: "contact.created" } })).toBe(1);
    expect((await db.auditEvent.findFirstOrThrow({ where: { targetId: contact.id, action: "contact.created" } })).metadata).toEqual({
      email: user.email,
      source: "REASSIGNMENT",
      automatic: true,
    });
  });

  it("with a user and roles (accepting an invitation): links the new contact to that user, gives the roles, audits with the request details", async () => {
    const { organization } = await createOrgWithRoles();
    const user = await createUser();
    const result = await db.$transaction((tx) =>
      addOrFindContact(tx, {
        organizationId: organization.id,
        email: user.email,
        name: user.name,
        language: "fr",
        source: "INVITATION",
        actor: { userId: user.id, ip: "10.0.0.1", userAgent: "test" },
        userId: user.id,
        roles: ["PRIMARY_BILLING", "NEW_QUOTES", "NEW_QUOTES"],
        activate: true,
        auditMetadata: { invitationId: "inv-1" },
      }),
    );
    expect(result).toMatchObject({
      created: true,
      addedRoles: ["PRIMARY_BILLING", "NEW_QUOTES"],
      contact: { status: "ACTIVE", language: "fr", name: user.name },
    });
    const contact = await db.contact.findUniqueOrThrow({ where: { id: result.contact.id }, include: { roles: true } });
    expect(contact).toMatchObject({ userId: user.id, source: "INVITATION" });
    expect(contact.roles.map((r) => r.role).sort()).toEqual(["NEW_QUOTES", "PRIMARY_BILLING"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: contact.id, action: "contact.created" } });
    expect(audit).toMatchObject({ actorUserId: user.id, ip: "10.0.0.1", userAgent: "test" });
    expect(audit.metadata).toEqual({
      email: user.email,
      source: "INVITATION",
      automatic: false,
      roles: ["PRIMARY_BILLING", "NEW_QUOTES"],
      invitationId: "inv-1",
    });
  });

  it("finds an INVITED contact: activates it and adds only the missing roles, recording what changed", async () => {
    const { organization } = await createOrgWithRoles();
    const user = await createUser();
    const existing = await createContact(organization.id, { email: user.email, status: "INVITED", roles: ["NEW_QUOTES"] });
    // Linked to the account with its email as it was written (the database keeps Contact.userId).
    expect(existing.userId).toBe(user.id);
    const result = await db.$transaction((tx) =>
      addOrFindContact(tx, {
        organizationId: organization.id,
        email: user.email,
        source: "INVITATION",
        actor: { userId: user.id },
        userId: user.id,
        roles: ["NEW_QUOTES", "PRIMARY_TECHNICAL"],
        activate: true,
      }),
    );
    expect(result).toMatchObject({ created: false, addedRoles: ["PRIMARY_TECHNICAL"], contact: { id: existing.id, status: "ACTIVE" } });
    const contact = await db.contact.findUniqueOrThrow({ where: { id: existing.id }, include: { roles: true } });
    expect(contact).toMatchObject({ status: "ACTIVE", userId: user.id, source: "DIRECT" });
    expect(contact.roles.map((r) => r.role).sort()).toEqual(["NEW_QUOTES", "PRIMARY_TECHNICAL"]);
    expect((await db.auditEvent.findFirstOrThrow({ where: { targetId: existing.id, action: "contact.updated" } })).metadata).toEqual({
      previousStatus: "INVITED",
      status: "ACTIVE",
      addedRoles: ["PRIMARY_TECHNICAL"],
    });
  });

  it("returns a DISABLED contact unchanged, whatever is asked: only an admin re-enables a contact", async () => {
    const { organization } = await createOrgWithRoles();
    const user = await createUser();
    const existing = await createContact(organization.id, { email: user.email, status: "DISABLED", roles: ["NEW_QUOTES"] });
    const before = await db.contact.findUniqueOrThrow({ where: { id: existing.id } });
    const result = await db.$transaction((tx) =>
      addOrFindContact(tx, {
        organizationId: organization.id,
        email: user.email,
        source: "INVITATION",
        actor: { userId: user.id },
        userId: user.id,
        roles: ["PRIMARY_LICENSEE"],
        activate: true,
      }),
    );
    expect(result).toMatchObject({ created: false, addedRoles: [], contact: { id: existing.id, status: "DISABLED" } });
    expect(await db.contact.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(before);
    expect(await db.contactRole.count({ where: { contactId: existing.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { targetId: existing.id } })).toBe(0);
  });

  it("finds the existing contact and changes nothing", async () => {
    const { organization } = await createOrgWithRoles();
    const existing = await createContact(organization.id, { name: "Old Name", roles: ["NEW_QUOTES"] });
    const result = await db.$transaction((tx) =>
      addOrFindContact(tx, { organizationId: organization.id, email: existing.email, name: "Other", source: "ORDER", actor: null }),
    );
    expect(result).toMatchObject({ created: false, addedRoles: [], contact: { id: existing.id, name: "Old Name" } });
    expect(await db.contactRole.count({ where: { contactId: existing.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { targetId: existing.id } })).toBe(0);
  });

  it("two concurrent adds of the same email yield one contact, with the roles each asked for", async () => {
    const { organization } = await createOrgWithRoles();
    const email = `race-${uid()}@example.test`;
    const results = await Promise.all(
      (["NEW_QUOTES", "UNPAID_INVOICES", "NEW_QUOTES"] as const).map((role) =>
        db.$transaction((tx) =>
          addOrFindContact(tx, { organizationId: organization.id, email, source: "ORDER", actor: null, roles: [role] }),
        ),
      ),
    );
    expect(new Set(results.map((r) => r.contact.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.contact.count({ where: { organizationId: organization.id, email } })).toBe(1);
    expect((await db.contactRole.findMany({ where: { contactId: results[0].contact.id } })).map((r) => r.role).sort()).toEqual([
      "NEW_QUOTES",
      "UNPAID_INVOICES",
    ]);
  });

  it("the same email in two organizations is two contacts", async () => {
    const a = await createOrgWithRoles();
    const b = await createOrgWithRoles();
    const email = `shared-${uid()}@example.test`;
    const inA = await db.$transaction((tx) =>
      addOrFindContact(tx, { organizationId: a.organization.id, email, source: "ORDER", actor: null }),
    );
    const inB = await db.$transaction((tx) =>
      addOrFindContact(tx, { organizationId: b.organization.id, email, source: "ORDER", actor: null }),
    );
    expect(inA.contact.id).not.toBe(inB.contact.id);
  });
});
