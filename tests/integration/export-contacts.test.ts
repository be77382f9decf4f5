import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { exportContactsCsv } from "@/lib/contacts/export-contacts";
import { httpStatusOf } from "@/lib/errors/app-error";
import { actorOf, createContact, createOrgWithRoles } from "../support/factories";

describe("contacts CSV export", () => {
  it("streams every filtered contact (names repeated across batches included), localized, and audits the export", async () => {
    const { organization, users } = await createOrgWithRoles("Export");
    for (let i = 0; i < 45; i++)
      await createContact(organization.id, {
        name: "Same Name",
        email: `same${String(i).padStart(2, "0")}@x.test`,
        roles: i === 0 ? ["NEW_QUOTES"] : [],
      });
    await createContact(organization.id, { name: "=cmd|' /C calc'!A0", email: "evil@x.test" });
    await createContact(organization.id, { name: "Other", email: "other@y.test" });
    const phoned = await createContact(organization.id, { name: "Phone Person", email: "phone@x.test", language: "fr" });
    await db.contact.update({ where: { id: phoned.id }, data: { phone: "+33 6 12 34 56 78" } });
    const actor = actorOf(users.BILLING_ADMIN);
    const access = await authorize(db, actor, organization.slug, "contacts.view");
    const { stream, fileName } = await exportContactsCsv(access, actor, { q: "x.test" }, "fr", 10);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
    const lines = text.trimEnd().split("\r\n");
    expect(fileName).toMatch(new RegExp(`^contacts-${organization.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect(lines[0]).toBe("\uFEFFNom,E-mail,Téléphone,Langue,Statut,Rôles,Rôles de commande");
    expect(lines).toHaveLength(1 + 47);
    expect(new Set(lines.slice(1)).size).toBe(47);
    // The language as a word of the export's language; a phone number as it is.
    expect(lines).toContain("Same Name,same00@x.test,,Anglais,Actif,Nouveaux devis,");
    expect(lines).toContain("Phone Person,phone@x.test,+33 6 12 34 56 78,Français,Actif,,");
    expect(lines.some((line) => line.startsWith("'=cmd|"))).toBe(true);
    expect(
      await db.auditEvent.count({ where: { organizationId: organization.id, action: "contacts.exported", actorUserId: actor.userId } }),
    ).toBe(1);

    const english = await exportContactsCsv(access, actor, { q: "phone@x.test" }, "en");
    const englishText = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(english.stream).arrayBuffer());
    expect(englishText.trimEnd().split("\r\n")[1]).toBe("Phone Person,phone@x.test,+33 6 12 34 56 78,French,Active,,");
  });
});

describe("contacts CSV export: a refused search", () => {
  it("a NUL byte or an over-long search is an INVALID error (a 4xx for the route), not a 500 or the whole list", async () => {
    const { organization, users } = await createOrgWithRoles("ExportBad");
    await createContact(organization.id, { name: "Someone", email: "someone@x.test" });
    const actor = actorOf(users.ORG_ADMIN);
    const access = await authorize(db, actor, organization.slug, "contacts.view");
    for (const [q, key] of [
      ["a\u0000b", "errors.controlCharacters"],
      ["x".repeat(101), "errors.tooLong"],
    ] as const) {
      await expect(exportContactsCsv(access, actor, { q }, "en")).rejects.toMatchObject({ code: "INVALID", messageKey: key });
    }
    expect(httpStatusOf("INVALID")).toBe(422);
    expect(await db.auditEvent.count({ where: { organizationId: organization.id, action: "contacts.exported" } })).toBe(0);
  });
});
