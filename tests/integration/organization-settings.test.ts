// Settings: organization information (name, URL name with its 90-day redirect and
// reservation, default language of new contacts) and the plan (seats, Change plan with its
// audit and emails). The role matrix of the same actions is settings-permissions.test.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { loadOrgAccess } from "@/lib/auth/access";
import { updateOrganizationInfo } from "@/lib/orgs/update-organization-info";
import { changePlan } from "@/lib/orgs/change-plan";
import { createOrganization } from "@/lib/orgs/create-organization";
import { loadPlanPage } from "@/lib/orgs/load-plan";
import { loadOrganizationSettings } from "@/lib/orgs/load-settings";
import { currentSlugOf, SLUG_KEPT_DAYS } from "@/lib/orgs/previous-slugs";
import { movedPath, pathUnderSlug } from "@/lib/orgs/moved-organization";
import { defaultContactLanguage } from "@/lib/contacts/default-language";
import { actorOf, createOrgWithRoles, createUser, uid } from "../support/factories";
import { createSignedInContact, createTestOrder } from "../support/billing-factories";
import { createCountingDb } from "../support/counting-db";

type Org = Awaited<ReturnType<typeof createOrgWithRoles>>;
let org: Org;
const admin = () => actorOf(org.users.ORG_ADMIN);
const info = (fields: { name?: string; slug?: string; defaultLocale?: string }) => ({
  name: fields.name ?? org.organization.name,
  slug: fields.slug ?? org.organization.slug,
  defaultLocale: fields.defaultLocale ?? "",
});
const DAY = 86_400_000;

beforeEach(async () => {
  org = await createOrgWithRoles("Settings");
});

describe("organization information", () => {
  it("saves name and default language, audited before → after", async () => {
    const result = await updateOrganizationInfo.call(admin(), org.organization.slug, info({ name: "  Renamed Co  ", defaultLocale: "fr" }));
    expect(result).toEqual({ ok: true, data: { slug: org.organization.slug, changed: ["name", "defaultLocale"] } });
    const saved = await db.organization.findUniqueOrThrow({ where: { id: org.organization.id } });
    expect(saved).toMatchObject({ name: "Renamed Co", defaultLocale: "fr" });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: org.organization.id, action: "organization.information_updated" },
    });
    expect(event).toMatchObject({ actorUserId: org.users.ORG_ADMIN.id, targetType: "Organization", targetId: org.organization.id });
    expect(event.metadata).toEqual({
      changed: ["name", "defaultLocale"],
      before: { name: org.organization.name, defaultLocale: null },
      after: { name: "Renamed Co", defaultLocale: "fr" },
    });
  });

  it("records nothing when nothing changed, and sets the default language back to the adder's", async () => {
    expect(await updateOrganizationInfo.call(admin(), org.organization.slug, info({}))).toMatchObject({ ok: true, data: { changed: [] } });
    expect(await db.auditEvent.count({ where: { organizationId: org.organization.id } })).toBe(0);
    await updateOrganizationInfo.call(admin(), org.organization.slug, info({ defaultLocale: "fr" }));
    await updateOrganizationInfo.call(admin(), org.organization.slug, info({ defaultLocale: "" }));
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.organization.id } })).defaultLocale).toBeNull();
  });

  it("refuses a malformed URL name or one another organization has, on the field", async () => {
    const other = await createOrgWithRoles("Other");
    const bad = await updateOrganizationInfo.call(admin(), org.organization.slug, info({ slug: "Not a slug!" }));
    expect(bad).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { slug: [expect.stringMatching(/lowercase/)] } });
    const taken = await updateOrganizationInfo.call(admin(), org.organization.slug, info({ slug: other.organization.slug }));
    expect(taken).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { slug: ["This address is already taken; choose another."] } });
    const language = await updateOrganizationInfo.call(admin(), org.organization.slug, info({ defaultLocale: "de" }));
    expect(language).toMatchObject({ ok: false, fieldErrors: { defaultLocale: expect.any(Array) } });
    expect(await db.organization.findUniqueOrThrow({ where: { id: org.organization.id } })).toEqual(org.organization);
  });

  it("a new URL name keeps the previous one redirecting for 90 days, to people who may open the organization", async () => {
    const old = org.organization.slug;
    const slug = `renamed-${uid()}`;
    const before = Date.now();
    const result = await updateOrganizationInfo.call(admin(), old, info({ slug: ` ${slug.toUpperCase()} ` }));
    expect(result).toMatchObject({ ok: true, data: { slug, changed: ["slug"] } });
    const kept = await db.organizationPreviousSlug.findUniqueOrThrow({ where: { slug: old } });
    expect(kept.organizationId).toBe(org.organization.id);
    expect(kept.expiresAt.getTime()).toBeGreaterThanOrEqual(before + SLUG_KEPT_DAYS * DAY - 5_000);
    expect(kept.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + SLUG_KEPT_DAYS * DAY);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: org.organization.id, action: "organization.information_updated" },
    });
    expect(event.metadata).toMatchObject({ before: { slug: old }, after: { slug }, previousSlugKeptUntil: kept.expiresAt.toISOString() });

    expect(await currentSlugOf(db, old)).toBe(slug);
    expect(await movedPath(db, org.users.MEMBER.id, old, `/orgs/${old}/contacts?page=2`)).toBe(`/orgs/${slug}/contacts?page=2`);
    const stranger = await createUser();
    expect(await movedPath(db, stranger.id, old, `/orgs/${old}`)).toBeNull();
    expect(await loadOrgAccess(db, org.users.MEMBER.id, old)).toBeNull();
    // The old name, once expired, redirects no more.
    await db.organizationPreviousSlug.update({ where: { slug: old }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await currentSlugOf(db, old)).toBeNull();
  });

  it("no other organization may take a previous URL name for 90 days, the organization itself may take it back", async () => {
    const old = org.organization.slug;
    const slug = `moved-${uid()}`;
    await updateOrganizationInfo.call(admin(), old, info({ slug }));

    const creator = await createUser();
    const created = await createOrganization.call(actorOf(creator), { name: "Squatter", slug: old });
    expect(created).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { slug: [expect.stringMatching(/reserved until/)] } });
    const other = await createOrgWithRoles("Other");
    const renamed = await updateOrganizationInfo.call(actorOf(other.users.ORG_ADMIN), other.organization.slug, {
      name: other.organization.name,
      slug: old,
      defaultLocale: "",
    });
    expect(renamed).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { slug: [expect.stringMatching(/reserved until/)] } });
    const french = await updateOrganizationInfo.call(actorOf(other.users.ORG_ADMIN), other.organization.slug, info({ slug: old }), {
      locale: "fr",
    });
    expect(french).toMatchObject({ fieldErrors: { slug: [expect.stringMatching(/réservé jusqu/)] } });
    expect(await db.organizationPreviousSlug.count({ where: { slug: old } })).toBe(1);
    expect(await db.organization.count({ where: { slug: old } })).toBe(0);

    // Back to the old name: it is the organization's again and redirects nowhere.
    const back = await updateOrganizationInfo.call(admin(), slug, info({ slug: old }));
    expect(back).toMatchObject({ ok: true, data: { slug: old } });
    expect(await db.organizationPreviousSlug.findMany({ where: { organizationId: org.organization.id }, select: { slug: true } })).toEqual([
      { slug },
    ]);
    expect(await currentSlugOf(db, old)).toBeNull();
  });

  it("an expired previous URL name is free for anyone", async () => {
    const old = org.organization.slug;
    await updateOrganizationInfo.call(admin(), old, info({ slug: `gone-${uid()}` }));
    await db.organizationPreviousSlug.update({ where: { slug: old }, data: { expiresAt: new Date(Date.now() - DAY) } });
    const creator = await createUser();
    const created = await createOrganization.call(actorOf(creator), { name: "Newcomer", slug: old });
    expect(created).toMatchObject({ ok: true, data: { slug: old } });
    expect(await db.organizationPreviousSlug.count({ where: { slug: old } })).toBe(0);
  });

  it("two organizations racing for one name: one wins, the other is refused", async () => {
    const old = org.organization.slug;
    const creator = await createUser();
    const [renamed, created] = await Promise.all([
      updateOrganizationInfo.call(admin(), old, info({ slug: `race-${uid()}` })),
      createOrganization.call(actorOf(creator), { name: "Racer", slug: old }),
    ]);
    // Whichever locks the name first, the creation fails: before the rename commits the name is
    // still the organization's (unique), after it the name is reserved for 90 days.
    expect(renamed.ok).toBe(true);
    expect(created).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { slug: [expect.any(String)] } });
  });

  it("new organizations have no default language: new contacts start in the adder's language until an admin chooses one", async () => {
    const creator = await createUser({ locale: "fr" });
    const created = await createOrganization.call(actorOf(creator), { name: "Nouvelle", slug: `nouvelle-${uid()}` }, { locale: "fr" });
    expect(created.ok).toBe(true);
    const access = (await loadOrgAccess(db, creator.id, created.ok ? created.data.slug : ""))!;
    expect(access.organization.defaultLocale).toBeNull();
    expect(defaultContactLanguage(access.organization, "fr")).toBe("fr");
    expect(defaultContactLanguage(access.organization, "en")).toBe("en");
    await updateOrganizationInfo.call(actorOf(creator), access.organization.slug, {
      name: "Nouvelle",
      slug: access.organization.slug,
      defaultLocale: "en",
    });
    const after = (await loadOrgAccess(db, creator.id, access.organization.slug))!;
    expect(defaultContactLanguage(after.organization, "fr")).toBe("en");
  });

  it("the settings loader returns the information, billing details and previous names", async () => {
    const old = org.organization.slug;
    const slug = `loaded-${uid()}`;
    await db.organization.update({ where: { id: org.organization.id }, data: { legalName: "Legal SA", vatId: "FR1" } });
    await updateOrganizationInfo.call(admin(), old, info({ slug }));
    const access = (await loadOrgAccess(db, org.users.USER_ADMIN.id, slug))!;
    const settings = await loadOrganizationSettings(db, access);
    expect(settings).toMatchObject({
      name: org.organization.name,
      slug,
      defaultLocale: null,
      billing: { legalName: "Legal SA", vatId: "FR1" },
    });
    expect(settings.previousSlugs.map((p) => p.slug)).toEqual([old]);
  });

  it("pathUnderSlug keeps the rest of the path and its query", () => {
    expect(pathUnderSlug("/orgs/old/billing/invoices/x/pdf?a=1", "new")).toBe("/orgs/new/billing/invoices/x/pdf?a=1");
    expect(pathUnderSlug("/orgs/old", "new")).toBe("/orgs/new");
  });
});

describe("plan", () => {
  it("shows the plan, seats used (memberships, pending included) and seats included (valid licenses of the product)", async () => {
    const contact = await createSignedInContact(org.organization.id, ["PRIMARY_BILLING"]);
    await createTestOrder(org.organization.id, contact.contact.id, contact.contact.id, 7);
    const expired = await createTestOrder(org.organization.id, contact.contact.id, contact.contact.id, 100);
    await db.license.updateMany({ where: { orderId: expired.orderId }, data: { validUntil: new Date(Date.now() - DAY) } });
    // An add-on is another product: its seats are not the subscription's.
    await db.license.create({
      data: {
        organizationId: org.organization.id,
        orderId: expired.orderId,
        product: "Roster SSO Add-on",
        licenseKey: `K-${uid()}`,
        seats: 50,
      },
    });
    const pending = await createUser();
    await db.membership.create({ data: { organizationId: org.organization.id, userId: pending.id, role: "MEMBER", status: "PENDING" } });
    const access = (await loadOrgAccess(db, org.users.BILLING_ADMIN.id, org.organization.slug))!;
    const page = await loadPlanPage(db, access);
    expect(page).toMatchObject({
      product: "Roster Cloud",
      plan: { id: "cloud-standard", name: "Standard" },
      seatsUsed: 5,
      seatsIncluded: 7,
    });
    expect(page.plans.map((p) => p.id)).toEqual(["cloud-standard", "cloud-business", "cloud-enterprise"]);
    expect(page.plans[1].prices).toEqual({ EUR: 9600, USD: 10400 });
  });

  it("Change plan: effective at once, audited before → after, org admins and primary billing contacts emailed", async () => {
    const billing = await createSignedInContact(org.organization.id, ["PRIMARY_BILLING"], { locale: "fr" });
    await createSignedInContact(org.organization.id, ["PRIMARY_TECHNICAL"]);
    const result = await changePlan.call(actorOf(org.users.BILLING_ADMIN), org.organization.slug, { planId: "cloud-business" });
    expect(result).toEqual({ ok: true, data: { planId: "cloud-business", plan: "Business", changed: true, emailed: 2 } });
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.organization.id } })).planId).toBe("cloud-business");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: org.organization.id, action: "organization.plan_changed" },
    });
    expect(event).toMatchObject({ actorUserId: org.users.BILLING_ADMIN.id, targetId: org.organization.id });
    expect(event.metadata).toEqual({
      product: "Roster Cloud",
      before: { planId: "cloud-standard", plan: "Standard" },
      after: { planId: "cloud-business", plan: "Business" },
    });
    const emails = await db.emailOutbox.findMany({
      where: { organizationId: org.organization.id, template: "plan-changed" },
      select: { toEmail: true, locale: true, reasons: true, props: true },
      orderBy: { toEmail: "asc" },
    });
    expect(emails.map((e) => e.toEmail).sort()).toEqual([org.users.ORG_ADMIN.email, billing.user.email].sort());
    const toBilling = emails.find((e) => e.toEmail === billing.user.email)!;
    expect(toBilling).toMatchObject({ locale: "fr", reasons: [{ rule: "PRIMARY_BILLING" }] });
    expect(toBilling.props).toMatchObject({
      product: "Roster Cloud",
      previousPlan: "Standard",
      plan: "Business",
      changedBy: org.users.BILLING_ADMIN.name,
    });
  });

  it("offers only the catalogue's active plans of the same product; the same plan changes nothing", async () => {
    const slug = org.organization.slug;
    for (const planId of ["sso-addon", "no-such-plan", "x y"]) {
      const refused = await changePlan.call(admin(), slug, { planId });
      expect(refused).toMatchObject({ ok: false, fieldErrors: { planId: expect.any(Array) } });
    }
    await db.productPlan.update({ where: { id: "cloud-enterprise" }, data: { active: false } });
    try {
      expect(await changePlan.call(admin(), slug, { planId: "cloud-enterprise" })).toMatchObject({ ok: false, code: "INVALID" });
    } finally {
      await db.productPlan.update({ where: { id: "cloud-enterprise" }, data: { active: true } });
    }
    const same = await changePlan.call(admin(), slug, { planId: "cloud-standard" });
    expect(same).toEqual({ ok: true, data: { planId: "cloud-standard", plan: "Standard", changed: false, emailed: 0 } });
    expect(await db.auditEvent.count({ where: { organizationId: org.organization.id } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { organizationId: org.organization.id } })).toBe(0);
  });

  it("the settings pages load their data in three statements at most (information and previous names, plan), none a write", async () => {
    await updateOrganizationInfo.call(admin(), org.organization.slug, info({ slug: `counted-${uid()}` }));
    const counting = createCountingDb();
    try {
      const access = (await loadOrgAccess(db, org.users.ORG_ADMIN.id, { id: org.organization.id }))!;
      await loadOrganizationSettings(counting.db, access);
      await loadPlanPage(counting.db, access);
      const statements = counting.statements.filter((sql) => !/^\s*(BEGIN|COMMIT|DEALLOCATE)/i.test(sql));
      expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(3);
      expect(statements.filter((sql) => /^\s*(INSERT|UPDATE|DELETE)/i.test(sql))).toEqual([]);
    } finally {
      await counting.disconnect();
    }
  });
});
