import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signInByEmail } from "./support/auth";
import { withAppDatabase } from "./support/database";
import { PAGE_BUDGET, weighPage } from "../support/page-weight";
import { createOwnOrganization } from "./support/own-organization";

// Each test in an organization of its own (support/own-organization.ts): the contacts and
// orders added here change who gets which email there only.

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** A new contact of the organization, licensee and billing contact of a new order. */
async function seedLicensee(organizationId: string, name: string, email: string, language: "en" | "fr"): Promise<string> {
  return withAppDatabase(async (client) => {
    const org = { id: organizationId };
    const {
      rows: [contact],
    } = await client.query(
      `INSERT INTO "Contact" (id, "organizationId", name, email, language, status, source, "searchText", "createdAt", "updatedAt")
       VALUES (gen_random_uuid()::text, $1, $2, $3, $4, 'ACTIVE', 'ORDER', lower($2 || ' ' || $3), now(), now()) RETURNING id`,
      [org.id, name, email, language],
    );
    const number = `N-${tag()}`;
    await client.query(
      `INSERT INTO "Order" (id, "organizationId", number, "licenseeContactId", "billingContactId", "placedAt", "createdAt", "updatedAt")
       VALUES (gen_random_uuid()::text, $1, $2, $3, $3, now(), now(), now())`,
      [org.id, number, contact.id],
    );
    return number;
  });
}

const LABELS = {
  en: {
    settings: "Settings",
    link: "Notifications",
    heading: "Notifications",
    certificate: "Order placed: license certificate",
    why: (n: string) => `Licensee of order ${n}`,
    preview: "In French",
    security: "Security & privacy update",
    securityRole: "Security & privacy",
    edit: (n: string) => `Edit ${n}`,
    menu: (n: string) => `Actions for ${n}`,
    editItem: "Edit",
    emails: "Emails this contact gets",
    cancel: "Cancel",
    search: /Search by name or email/,
    apply: "Apply",
  },
  fr: {
    settings: "Paramètres",
    link: "Notifications",
    heading: "Notifications",
    certificate: "Commande passée\u202F: certificat de licence",
    why: (n: string) => `Licencié de la commande ${n}`,
    preview: "En anglais",
    security: "Information de sécurité et de confidentialité",
    securityRole: "Sécurité et confidentialité",
    edit: (n: string) => `Modifier ${n}`,
    menu: (n: string) => `Actions pour ${n}`,
    editItem: "Modifier",
    emails: "E-mails que ce contact reçoit",
    cancel: "Annuler",
    search: /Rechercher par nom ou e-mail/,
    apply: "Appliquer",
  },
} as const;

for (const locale of ["en", "fr"] as const) {
  const L = LABELS[locale];
  test(`notifications (${locale}): who gets the license certificate of a new order, why, and its preview in the recipient's language; the contact dialog follows the roles ticked`, async ({
    page,
  }) => {
    const id = tag();
    const name = `Lena Licensee ${id}`;
    // The recipient's language is the other one, so the preview visibly follows the recipient, not the viewer.
    const recipientLanguage = locale === "en" ? "fr" : "en";
    const org = await createOwnOrganization(`Notifications ${locale}`);
    const number = await seedLicensee(org.id, name, `lena.${id}@partner.test`, recipientLanguage);

    await signInByEmail(page, org.people.admin.email, { callbackUrl: `/orgs/${org.slug}/settings`, locale });
    await page.getByRole("link", { name: L.link, exact: true }).click();
    await expect(page.getByRole("heading", { name: L.heading, level: 1 })).toBeVisible();

    // Legacy mode: the preview frame is sandboxed without scripts, so axe cannot run inside it (it is our email, tested as such).
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).setLegacyMode().analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    const certificate = page.getByRole("region", { name: L.certificate });
    const row = certificate.getByRole("row", { name: new RegExp(name) });
    await expect(row.getByRole("cell", { name: L.why(number) })).toBeVisible();

    // The preview, in the recipient's language, says why in its footer.
    await row.getByRole("link", { name: L.preview }).click();
    const preview = page.frameLocator('iframe[name="preview"]');
    const expected =
      recipientLanguage === "fr"
        ? { heading: "Certificat de licence", why: `Vous recevez cet e-mail parce que vous êtes le licencié de la commande ${number}.` }
        : { heading: "License certificate", why: `You receive this email because you are the licensee of order ${number}.` };
    await expect(preview.getByRole("heading", { name: expected.heading })).toBeVisible();
    await expect(preview.getByText(expected.why)).toBeVisible();

    // The contact's edit dialog says which emails it gets, and follows the roles as they are ticked.
    await page.goto(`/orgs/${org.slug}/contacts`);
    await page.getByRole("searchbox", { name: L.search }).fill(id);
    await page.getByRole("button", { name: L.apply, exact: true }).click();
    await page.getByRole("button", { name: L.menu(name) }).click();
    await page.getByRole("menuitem", { name: L.editItem, exact: true }).click();
    const dialog = page.getByRole("dialog");
    const emails = dialog.getByRole("region", { name: L.emails });
    await expect(emails.getByRole("listitem").first()).toBeVisible();
    const dialogAxe = await new AxeBuilder({ page })
      .include("dialog[open]")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(dialogAxe.violations.map((v) => v.id)).toEqual([]);
    await expect(emails.getByRole("listitem").filter({ hasText: L.certificate })).toContainText(L.why(number));
    await expect(emails.getByRole("listitem").filter({ hasText: L.security })).toHaveCount(0);
    await dialog.getByRole("checkbox", { name: L.securityRole }).check();
    await expect(emails.getByRole("listitem").filter({ hasText: L.security })).toContainText(L.securityRole);
    await dialog.getByRole("checkbox", { name: L.securityRole }).uncheck();
    await expect(emails.getByRole("listitem").filter({ hasText: L.security })).toHaveCount(0);
    await dialog.getByRole("button", { name: L.cancel }).click();
  });
}

test("notifications: the page stays within the page-weight budget with many recipients per email, the rest counted", async ({
  page,
  baseURL,
}) => {
  const org = await createOwnOrganization("Notifications weight");
  await withAppDatabase(async (client) => {
    const id = tag();
    await client.query(
      `WITH added AS (
         INSERT INTO "Contact" (id, "organizationId", name, email, language, status, source, "searchText", "createdAt", "updatedAt")
         SELECT gen_random_uuid()::text, $1, 'Many ' || n, 'many-' || n || '-' || $2 || '@partner.test', 'en', 'ACTIVE', 'DIRECT',
           'many ' || n, now(), now()
         FROM generate_series(1, 40) n RETURNING id)
       INSERT INTO "ContactRole" ("organizationId", "contactId", role, "createdAt")
       SELECT $1, added.id, role::"ContactRoleType", now() FROM added, unnest(ARRAY['PRIMARY_BILLING', 'NEW_QUOTES', 'SECURITY_PRIVACY',
         'DATA_PROTECTION']) role`,
      [org.id, id],
    );
  });
  await signInByEmail(page, org.people.admin.email, { callbackUrl: `/orgs/${org.slug}/settings/notifications`, locale: "en" });
  await expect(
    page
      .getByRole("paragraph")
      .filter({ hasText: /^And \d+ more people\.$/ })
      .first(),
  ).toBeVisible();
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const weighed = await weighPage(baseURL!, `/orgs/${org.slug}/settings/notifications`, { cookie });
  expect(weighed.status).toBe(200);
  expect(weighed.transferred, `bytes transferred (${weighed.raw} raw)`).toBeLessThanOrEqual(PAGE_BUDGET.bytesAt25Rows);
});

test("notifications: only organization admins open the page and its previews", async ({ page }) => {
  const org = await createOwnOrganization("Notifications refused");
  await signInByEmail(page, org.people.billingAdmin.email, { locale: "en" });
  const response = await page.goto(`/orgs/${org.slug}/settings/notifications`);
  expect(response?.status()).toBe(403);
  const preview = await page.request.get(`/orgs/${org.slug}/settings/notifications/preview?event=invoice&language=en`);
  expect(preview.status()).toBe(403);
});
