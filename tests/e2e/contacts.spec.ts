import { signInByEmail } from "./support/auth";
import { expect, test, type Page } from "./support/fixtures";
import { withAppDatabase } from "./support/database";
import { readLatestEmail } from "./support/mailbox";
import { createOwnOrganization } from "./support/own-organization";

// Each test in an organization of its own (support/own-organization.ts): it adds, edits,
// disables and reassigns contacts, which nobody else's list should show.

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

async function searchContacts(page: Page, text: string, label = /Search by name or email|Rechercher par nom ou e-mail/) {
  await page.getByRole("searchbox", { name: label }).fill(text);
  await page.getByRole("button", { name: /^(Apply|Appliquer)$/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(text);
}

/** A row's action: its "⋯" button, then the menu item; returns the dialog it opens, named `title`. */
async function rowAction(page: Page, name: string, item: string, title: string) {
  await page
    .getByRole("button", {
      name: new RegExp(`^(Actions for|Actions pour) ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
    })
    .click();
  await page.getByRole("menuitem", { name: item, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** A contact of the organization holding the licensee role of two orders (orders have no UI yet). */
async function seedContactWithTwoOrders(organizationId: string, name: string, email: string): Promise<string[]> {
  return withAppDatabase(async (client) => {
    const org = { id: organizationId };
    const {
      rows: [contact],
    } = await client.query(
      `INSERT INTO "Contact" (id, "organizationId", name, email, language, status, source, "searchText", "createdAt", "updatedAt")
       VALUES (gen_random_uuid()::text, $1, $2, $3, 'en', 'ACTIVE', 'DIRECT', lower($2 || ' ' || $3), now(), now()) RETURNING id`,
      [org.id, name, email],
    );
    const numbers = [`E-${tag()}`, `E-${tag()}`];
    for (const number of numbers) {
      await client.query(
        `INSERT INTO "Order" (id, "organizationId", number, "licenseeContactId", "billingContactId", "createdAt", "updatedAt")
         VALUES (gen_random_uuid()::text, $1, $2, $3, $3, now(), now())`,
        [org.id, number, contact.id],
      );
    }
    return numbers;
  });
}

const LABELS = {
  en: {
    newContact: "New contact",
    addTab: "Add a contact from your company",
    name: "Name",
    email: "Email",
    save: "Save",
    primaryBilling: "Primary billing",
    newQuotes: "New quotes",
    notVerified: "gmail.com is not one of your verified domains",
    added: (n: string) => `${n} was added to the contacts.`,
    active: "Active",
    disabled: "Disabled",
    showAll: "Show all contacts",
    justAdded: "Just added",
    edit: "Edit",
    editTitle: (n: string) => `Edit ${n}`,
    disable: "Disable",
    disableTitle: (n: string) => `Disable ${n}?`,
    disableConfirm: "Disable",
    keepsRole: "Their organization role, if any, is not changed",
    enable: "Enable",
    enableTitle: (n: string) => `Enable ${n}?`,
    enableConfirm: "Enable",
    licensee: (o: string) => `Licensee · order ${o}`,
    billing: (o: string) => `Billing · order ${o}`,
    reassign: "Disable/Reassign",
    reassignTitle: (n: string) => `Disable ${n} and reassign their orders`,
    ordersTable: "Orders to reassign",
    bothRoles: "Licensee, Billing",
    newPerson: "A new person",
    language: "Notification language",
    reassignConfirm: "Disable & Reassign",
    reassignedSubject: (org: string) => new RegExp(`You are now a contact for orders of ${org}`),
    deliveryLink: "Email delivery",
    sent: "Sent",
  },
  fr: {
    newContact: "Nouveau contact",
    addTab: "Ajouter un contact de votre entreprise",
    name: "Nom",
    email: "E-mail",
    save: "Enregistrer",
    primaryBilling: "Contact de facturation principal",
    newQuotes: "Nouveaux devis",
    notVerified: "gmail.com ne fait pas partie de vos domaines vérifiés",
    added: (n: string) => `${n} a été ajouté aux contacts.`,
    active: "Actif",
    disabled: "Désactivé",
    showAll: "Afficher tous les contacts",
    justAdded: "Ajouté à l’instant",
    edit: "Modifier",
    editTitle: (n: string) => `Modifier ${n}`,
    disable: "Désactiver",
    disableTitle: (n: string) => `Désactiver ${n}\u202F?`,
    disableConfirm: "Désactiver",
    keepsRole: "Son rôle dans l’organisation, s’il en a un, n’est pas modifié",
    enable: "Réactiver",
    enableTitle: (n: string) => `Réactiver ${n}\u202F?`,
    enableConfirm: "Réactiver",
    licensee: (o: string) => `Licencié · commande ${o}`,
    billing: (o: string) => `Facturation · commande ${o}`,
    reassign: "Désactiver/Réattribuer",
    reassignTitle: (n: string) => `Désactiver ${n} et réattribuer ses commandes`,
    ordersTable: "Commandes à réattribuer",
    bothRoles: "Licencié, Facturation",
    newPerson: "Une nouvelle personne",
    language: "Langue des notifications",
    reassignConfirm: "Désactiver et réattribuer",
    // The organization's name starts with "Acme": "de" elides.
    reassignedSubject: (org: string) => new RegExp(`Vous êtes désormais contact de commandes d’${org}`),
    deliveryLink: "Envoi des e-mails",
    sent: "Envoyé",
  },
} as const;

for (const locale of ["en", "fr"] as const) {
  const L = LABELS[locale];
  test(`contacts (${locale}): add from a verified domain, edit roles, disable, disable & reassign to a new person`, async ({ page }) => {
    const org = await createOwnOrganization(`Contacts ${locale}`);
    await signInByEmail(page, org.people.admin.email, { callbackUrl: `/orgs/${org.slug}/contacts`, locale });
    await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible();

    // Add a contact from your company (refused first for a domain that is not verified; what was typed stays).
    const id = tag();
    const name = `Nora Added ${id}`;
    const email = `nora.${id}@${org.domain}`;
    await page.getByRole("button", { name: L.newContact }).click();
    const dialog = page.getByRole("dialog", { name: L.newContact });
    await expect(dialog.getByRole("tab", { name: L.addTab })).toHaveAttribute("aria-selected", "true");
    await dialog.getByLabel(L.name, { exact: true }).fill(name);
    await dialog.getByLabel(L.email, { exact: true }).fill(`nora.${id}@gmail.com`);
    await dialog.getByRole("checkbox", { name: L.primaryBilling }).check();
    await dialog.getByRole("button", { name: L.save }).click();
    await expect(dialog.getByText(L.notVerified)).toBeVisible();
    await expect(dialog.getByLabel(L.name, { exact: true })).toHaveValue(name);
    await dialog.getByLabel(L.email, { exact: true }).fill(email);
    await dialog.getByRole("button", { name: L.save }).click();
    await expect(dialog).toBeHidden();
    // The new contact is shown — the list filters to it, the row is highlighted, the notice leads back to the whole list.
    await expect(page.getByRole("status").filter({ hasText: L.added(name) })).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(email);
    await expect(page.getByRole("searchbox")).toHaveValue(email);
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row).toHaveClass(/highlight/);
    await expect(row.getByText(L.justAdded)).toBeVisible();
    await expect(row.getByRole("cell", { name: L.primaryBilling })).toBeVisible();
    await expect(row.getByRole("cell", { name: L.active, exact: true })).toBeVisible();
    await expect(page.getByRole("status").getByRole("link", { name: L.showAll })).toHaveAttribute("href", `/orgs/${org.slug}/contacts`);

    // Edit roles: the Type column shows the change at once; focus comes back to the row's button.
    const edit = await rowAction(page, name, L.edit, L.editTitle(name));
    await expect(edit.getByLabel(L.name, { exact: true })).toBeFocused();
    await edit.getByRole("checkbox", { name: L.primaryBilling }).uncheck();
    await edit.getByRole("checkbox", { name: L.newQuotes }).check();
    await edit.getByRole("button", { name: L.save }).click();
    await expect(edit).toBeHidden();
    await expect(row.getByRole("cell", { name: L.newQuotes })).toBeVisible();
    await expect(row.getByText(L.primaryBilling)).toHaveCount(0);
    await expect(row.getByRole("button", { name: new RegExp(name) })).toBeFocused();

    // Disable a contact without orders: the explanation is readable (it wraps inside the dialog).
    const confirm = await rowAction(page, name, L.disable, L.disableTitle(name));
    await expect(confirm).toContainText(L.keepsRole);
    const explanation = await confirm.getByText(L.keepsRole).boundingBox();
    const box = await confirm.boundingBox();
    expect(explanation!.x + explanation!.width).toBeLessThanOrEqual(box!.x + box!.width);
    await confirm.getByRole("button", { name: L.disableConfirm, exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(row.getByRole("cell", { name: L.disabled, exact: true })).toBeVisible();

    // A disabled contact's roles change only through Enable: its menu has no Edit.
    await page.getByRole("button", { name: new RegExp(`^(Actions for|Actions pour) ${name}$`) }).click();
    await expect(page.getByRole("menuitem", { name: L.enable, exact: true })).toBeVisible();
    await expect(page.getByRole("menuitem", { name: L.edit, exact: true })).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menuitem")).toHaveCount(0);

    // Enable offers the roles it had when disabled, ticked; enabling gives them back.
    const enable = await rowAction(page, name, L.enable, L.enableTitle(name));
    await expect(enable.getByRole("checkbox", { name: L.newQuotes })).toBeChecked();
    await expect(enable.getByRole("checkbox", { name: L.primaryBilling })).not.toBeChecked();
    // Its first field has focus once the roles have arrived.
    await expect(enable.getByRole("checkbox").first()).toBeFocused();
    await enable.getByRole("button", { name: L.enableConfirm, exact: true }).click();
    await expect(enable).toBeHidden();
    await expect(row.getByRole("cell", { name: L.active, exact: true })).toBeVisible();
    await expect(row.getByRole("cell", { name: L.newQuotes })).toBeVisible();

    // Disable & reassign a contact with two orders to a new person.
    const leaving = `Leo Leaving ${tag()}`;
    const leavingEmail = `leo.${tag()}@${org.domain}`;
    const orders = await seedContactWithTwoOrders(org.id, leaving, leavingEmail);
    await searchContacts(page, leavingEmail);
    const leavingRow = page.getByRole("row", { name: new RegExp(leaving) });
    for (const number of orders) await expect(leavingRow.getByText(L.licensee(number))).toBeVisible();
    const reassign = await rowAction(page, leaving, L.reassign, L.reassignTitle(leaving));
    const ordersTable = reassign.getByRole("table", { name: L.ordersTable });
    for (const number of orders) await expect(ordersTable.getByRole("row", { name: new RegExp(number) })).toContainText(L.bothRoles);
    await reassign.getByRole("radio", { name: L.newPerson }).check();
    const successor = `Sam Successor ${tag()}`;
    const successorEmail = `sam.${tag()}@elsewhere.test`;
    await reassign.getByLabel(L.name, { exact: true }).fill(successor);
    await reassign.getByLabel(L.email, { exact: true }).fill(successorEmail);
    // The new person's language starts as the organization's default language (English here:
    // organizations have one since the users migration), whatever the interface's.
    await expect(reassign.getByLabel(L.language)).toHaveValue("en");
    await reassign.getByLabel(L.language).selectOption(locale);
    await reassign.getByRole("button", { name: L.reassignConfirm }).click();
    await expect(reassign).toBeHidden();
    await expect(leavingRow.getByRole("cell", { name: L.disabled, exact: true })).toBeVisible();

    await searchContacts(page, successorEmail);
    const successorRow = page.getByRole("row", { name: new RegExp(successor) });
    for (const number of orders) {
      await expect(successorRow.getByText(L.licensee(number))).toBeVisible();
      await expect(successorRow.getByText(L.billing(number))).toBeVisible();
    }
    await expect(successorRow.getByRole("cell", { name: L.active, exact: true })).toBeVisible();

    // Enabling the one who left says its orders stay with their new holder.
    await searchContacts(page, leavingEmail);
    const back = await rowAction(page, leaving, L.enable, L.enableTitle(leaving));
    for (const number of orders) await expect(back.getByRole("listitem").filter({ hasText: number })).toContainText(successor);
    await page.keyboard.press("Escape");
    await expect(back).toBeHidden();

    // The new person was told, in the language chosen for them.
    const { text } = await readLatestEmail(page, successorEmail, L.reassignedSubject(org.name));
    for (const number of orders) expect(text).toContain(number);
    expect(text).toContain(leaving);

    // Its delivery shows in the organization's email log.
    await page.goto(`/orgs/${org.slug}/settings`);
    await page.getByRole("link", { name: L.deliveryLink }).click();
    await expect(page.getByRole("heading", { name: L.deliveryLink, level: 1 })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: successorEmail }).getByText(L.sent, { exact: true })).toBeVisible();
  });
}

test("contacts in French: the Type column and the CSV export of the filtered list", async ({ page }) => {
  const org = await createOwnOrganization("Contacts CSV");
  await signInByEmail(page, org.people.admin.email, { callbackUrl: `/orgs/${org.slug}/contacts`, locale: "fr" });
  await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Nouveau contact" })).toBeVisible();

  const id = tag();
  const name = `Zoé Ajoutée ${id}`;
  await page.getByRole("button", { name: "Nouveau contact" }).click();
  const dialog = page.getByRole("dialog", { name: "Nouveau contact" });
  await dialog.getByLabel("Nom").fill(name);
  await dialog.getByLabel("E-mail").fill(`zoe.${id}@${org.domain}`);
  await dialog.getByLabel("Téléphone").fill("+33 6 12 34 56 78");
  // A new contact's language starts as the organization's default (English here), not the interface's.
  await expect(dialog.getByLabel("Langue des notifications")).toHaveValue("en");
  await dialog.getByLabel("Langue des notifications").selectOption("fr");
  await dialog.getByRole("checkbox", { name: "Protection des données" }).check();
  await dialog.getByRole("button", { name: "Enregistrer" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${name} a été ajouté aux contacts.`)).toBeVisible();

  await page.getByRole("status").getByRole("link", { name: "Afficher tous les contacts" }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${org.slug}/contacts$`));
  await searchContacts(page, `zoe ajoutee ${id}`);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByRole("cell", { name: "Protection des données" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Français" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Actif", exact: true })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter en CSV" }).click();
  const file = await (await download).path();
  const csv = (await import("node:fs")).readFileSync(file!, "utf8");
  expect(csv.split("\r\n")[0]).toBe("\uFEFFNom,E-mail,Téléphone,Langue,Statut,Rôles,Rôles de commande");
  // The phone number as typed, the language as a word.
  expect(csv).toContain(`${name},zoe.${id}@${org.domain},+33 6 12 34 56 78,Français,Actif,Protection des données,`);
  expect(csv.trim().split("\r\n")).toHaveLength(2);
});

test("billing admins see contacts read-only", async ({ page }) => {
  const org = await createOwnOrganization("Contacts view");
  await signInByEmail(page, org.people.billingAdmin.email, { callbackUrl: `/orgs/${org.slug}/contacts` });
  await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible();
  await expect(page.getByText("You can view contacts; only organization admins can change them.")).toBeVisible();
  await expect(page.getByRole("button", { name: "New contact" })).toHaveCount(0);
  await expect(page.getByRole("row").nth(1)).toBeVisible();
  // A row's menu, where there is one, only reads: the person's access, nothing that changes them.
  const menus = page.getByRole("button", { name: /^Actions for/ });
  for (let i = 0; i < (await menus.count()); i++) {
    await menus.nth(i).click();
    await expect(page.getByRole("menuitem")).toHaveText(["Access"]);
    await page.keyboard.press("Escape");
  }
});

test("adding an email that is already a contact offers to edit that contact instead", async ({ page }) => {
  const org = await createOwnOrganization("Contacts twice");
  await signInByEmail(page, org.people.admin.email, { callbackUrl: `/orgs/${org.slug}/contacts` });
  await page.getByRole("button", { name: "New contact" }).click();
  const dialog = page.getByRole("dialog", { name: "New contact" });
  await dialog.getByLabel("Name", { exact: true }).fill("Someone Else");
  // Written with capitals: the same address as the contact's, which is stored in lower case.
  await dialog.getByLabel("Email", { exact: true }).fill(`Sarah.Johnson@${org.domain}`);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByText("This email is already a contact.")).toBeVisible();
  await dialog.getByRole("link", { name: "Edit that contact instead" }).click();
  await expect(dialog).toBeHidden();
  const edit = page.getByRole("dialog", { name: "Edit Sarah Johnson" });
  await expect(edit).toBeVisible();
  await expect(edit.getByLabel("Name", { exact: true })).toHaveValue("Sarah Johnson");
  await expect(page.getByRole("row", { name: /Sarah Johnson/ })).toBeVisible();
});
