import { expect, test } from "./support/fixtures";
import { signInByEmail } from "./support/auth";
import { readLatestEmail } from "./support/mailbox";
import { createOwnOrganization } from "./support/own-organization";

// Settings, in an organization of its own (support/own-organization.ts): an org admin edits
// the organization's information and its URL name (the old URL redirects), then changes plan
// (emailed to the org admins).

const LABELS = {
  en: {
    settings: "Settings",
    information: "Organization information",
    edit: "Edit information",
    name: "Name",
    slug: "URL name",
    defaultLocale: "Default language of new contacts and invitations",
    adderLanguage: "The language of the person adding them",
    newContact: "New contact",
    notificationLanguage: "Notification language",
    save: "Save",
    saved: "Organization information saved.",
    plan: "Plan",
    changePlan: "Change plan",
    standard: "Standard",
    seats: "4 used of 3 included",
    changed: "The plan is now Business.",
    subject: /the plan is now Business/,
  },
  fr: {
    settings: "Paramètres",
    information: /^Informations de l.organisation$/,
    edit: "Modifier les informations",
    name: "Nom",
    slug: /^Nom dans l.URL$/,
    defaultLocale: "Langue par défaut des nouveaux contacts et invitations",
    adderLanguage: "La langue de la personne qui les ajoute",
    newContact: "Nouveau contact",
    notificationLanguage: "Langue des notifications",
    save: "Enregistrer",
    saved: /^Informations de l.organisation enregistrées\.$/,
    plan: "Formule",
    changePlan: "Changer de formule",
    standard: "Standard",
    seats: "4 utilisés sur 3 inclus",
    changed: "La formule est désormais Business.",
    subject: /la formule est désormais Business/,
  },
} as const;

for (const locale of ["en", "fr"] as const) {
  const L = LABELS[locale];
  test(`settings (${locale}): edit the information and the URL name (the old URL redirects), then change plan`, async ({ page }) => {
    const org = await createOwnOrganization(`Settings ${locale}`);
    await signInByEmail(page, org.people.admin.email, { callbackUrl: `/orgs/${org.slug}/settings`, locale });
    await expect(page.getByRole("heading", { name: L.settings, level: 1 })).toBeVisible();
    const information = page.getByRole("region", { name: L.information });
    await expect(information.getByText(org.name, { exact: true })).toBeVisible();

    // Edit: a new name and URL name; the default language of new contacts goes from English
    // (the fixture's choice) to "the language of the person adding them".
    const newSlug = `${org.slug}-renamed`;
    const newName = `${org.name} Renamed`;
    await page.getByRole("button", { name: L.edit }).click();
    const dialog = page.getByRole("dialog", { name: L.edit });
    await expect(dialog.getByLabel(L.defaultLocale)).toHaveValue("en");
    await dialog.getByLabel(L.name, { exact: true }).fill(newName);
    await dialog.getByLabel(L.slug).fill(newSlug);
    await dialog.getByLabel(L.defaultLocale).selectOption({ label: L.adderLanguage });
    await dialog.getByRole("button", { name: L.save }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/orgs/${newSlug}/settings$`));
    await expect(information.getByText(newName, { exact: true })).toBeVisible();
    await expect(information.getByText(newSlug, { exact: true })).toBeVisible();
    await expect(information.getByText(L.adderLanguage, { exact: true })).toBeVisible();
    await expect(information.getByText(new RegExp(`/orgs/${org.slug},`))).toBeVisible();

    // The old URL leads to the same page under the new name.
    await page.goto(`/orgs/${org.slug}/users?q=alice`);
    await expect(page).toHaveURL(new RegExp(`/orgs/${newSlug}/users\\?q=alice$`));

    // A new contact now starts in the language of the admin adding it.
    await page.goto(`/orgs/${newSlug}/contacts`);
    await page.getByRole("button", { name: L.newContact }).click();
    await expect(page.getByRole("dialog", { name: L.newContact }).getByLabel(L.notificationLanguage)).toHaveValue(locale);
    await page.keyboard.press("Escape");

    // Plan: from the settings cards.
    await page.goto(`/orgs/${newSlug}/settings`);
    await page.getByRole("link", { name: L.plan, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/orgs/${newSlug}/settings/plan$`));
    await expect(page.getByRole("heading", { name: L.plan, level: 1 })).toBeVisible();
    await expect(page.getByText(L.standard, { exact: true })).toBeVisible();
    // Its four users take four seats; its one license of Roster Cloud has three.
    await expect(page.getByText(L.seats)).toBeVisible();
    await page.getByRole("button", { name: L.changePlan }).click();
    const change = page.getByRole("dialog", { name: L.changePlan });
    await expect(change.getByRole("radio", { name: /^Standard/ })).toBeChecked();
    await change.getByRole("radio", { name: /^Business/ }).check();
    await change.getByRole("button", { name: L.changePlan }).click();
    await expect(change).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: L.changed })).toBeVisible();
    await expect(page.getByText("Business", { exact: true })).toBeVisible();

    // The org admin is emailed, in their language.
    const email = await readLatestEmail(page, org.people.admin.email, L.subject);
    expect(email.text).toContain("Standard");
  });
}
