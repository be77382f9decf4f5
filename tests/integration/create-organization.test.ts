import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createOrganization } from "@/lib/orgs/create-organization";
import { actorOf, createUser, uid } from "../support/factories";

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
});

describe("create organization", () => {
  it("makes the creator its ORG_ADMIN and writes an audit event, in one transaction", async () => {
    const user = await createUser();
    const slug = `new-${uid()}`;
    const result = await createOrganization.call(actorOf(user), { name: "  Nouvelle Société  ", slug });
    expect(result).toMatchObject({ ok: true, data: { slug } });
    const org = await db.organization.findUniqueOrThrow({ where: { slug }, include: { memberships: true } });
    expect(org.name).toBe("Nouvelle Société");
    expect(org.memberships).toMatchObject([{ userId: user.id, role: "ORG_ADMIN", status: "ACTIVE" }]);
    const audit = await db.auditEvent.findMany({ where: { organizationId: org.id } });
    expect(audit).toMatchObject([{ action: "organization.created", actorUserId: user.id, targetId: org.id }]);
  });

  it("derives the address from the name when none is given", async () => {
    const user = await createUser();
    const result = await createOrganization.call(actorOf(user), { name: `Été Ä ${uid()}` });
    expect(result.ok && result.data.slug).toMatch(/^ete-a-[0-9a-f]{8}$/);
  });

  it("refuses a taken address as a conflict, with a field error, and writes nothing", async () => {
    const user = await createUser();
    const slug = `taken-${uid()}`;
    await createOrganization.call(actorOf(user), { name: "First", slug });
    const before = await db.auditEvent.count();
    const result = await createOrganization.call(actorOf(user), { name: "Second", slug }, { locale: "fr" });
    expect(result).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { slug: ["Cette adresse est déjà prise\u202F; choisissez-en une autre."] },
    });
    expect(await db.organization.count({ where: { name: "Second" } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("rejects bad input with localized field errors", async () => {
    const user = await createUser();
    const result = await createOrganization.call(actorOf(user), { name: "", slug: "Bad Slug!" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors?.name).toEqual(["This field is required."]);
    }
    const long = await createOrganization.call(actorOf(user), { name: "x".repeat(101) });
    expect(!long.ok && long.fieldErrors?.name).toEqual(["At most 100 characters."]);
    const nul = await createOrganization.call(actorOf(user), { name: "Acme\u0000Corp", slug: "acme-nul" });
    expect(nul).toEqual({ ok: false, code: "INVALID", fieldErrors: { name: ["Remove the invisible control characters from this text."] } });
    const spoof = await createOrganization.call(actorOf(user), { name: "Acme \u202eSecurity Team", slug: "acme-rtl" }, { locale: "fr" });
    expect(!spoof.ok && spoof.fieldErrors?.name).toEqual([
      "Retirez de ce texte les caractères invisibles de sens d’écriture : ils peuvent en déguiser le contenu.",
    ]);
    const lines = await createOrganization.call(actorOf(user), { name: "Acme\r\nBcc: x", slug: "acme-crlf" });
    expect(!lines.ok && lines.fieldErrors?.name).toEqual(["Use a single line, without line breaks."]);
  });

  it("refuses an account past ORGANIZATIONS_PER_USER_PER_DAY with the wait next to the name, and creates nothing; other accounts still create", async () => {
    process.env.ORGANIZATIONS_PER_USER_PER_DAY = "2";
    const user = await createUser();
    for (const name of ["One", "Two"])
      expect(await createOrganization.call(actorOf(user), { name: `${name} ${uid()}` })).toMatchObject({ ok: true });
    const name = `Three ${uid()}`;
    expect(await createOrganization.call(actorOf(user), { name })).toEqual({
      ok: false,
      code: "RATE_LIMITED",
      fieldErrors: { name: ["You have created too many organizations today. Try again in 24 hours."] },
    });
    expect(await createOrganization.call(actorOf(user), { name }, { locale: "fr" })).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
      fieldErrors: { name: [expect.stringMatching(/^Vous avez créé trop d’organisations aujourd’hui\. Réessayez dans 24\sheures\.$/)] },
    });
    expect(await db.organization.count({ where: { name } })).toBe(0);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(2);
    expect(await createOrganization.call(actorOf(await createUser()), { name })).toMatchObject({ ok: true });
  });

  it("refuses a signed-out caller", async () => {
    const result = await createOrganization.call(null, { name: "Nope" });
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});
