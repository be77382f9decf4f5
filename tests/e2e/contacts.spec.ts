import { expect, test, type Page } from "@playwright/test";
import { signInByEmail } from "./support/auth";
import { withAppDatabase } from "./support/database";
import { readLatestEmail } from "./support/mailbox";

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

async function searchContacts(page: Page, text: string, label = /Search by name or email|Rechercher par nom ou e-mail/) {
  await page.getByRole("searchbox", { name: label }).fill(text);
  await page.getByRole("button", { name: /^(Apply|Appliquer)$/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(text);
}

/** A contact of the demo organization holding the licensee role of two orders (orders have no UI yet). */
async function seedContactWithTwoOrders(name: string, email: string): Promise<string[]> {
  return withAppDatabase(async (client) => {
    const { rows: [org] } = await client.query(`SELECT id FROM "Organization" WHERE slug = 'acme'`);
    const { rows: [contact] } = await client.query(
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

test("contacts in English: add from a verified domain, edit roles, disable, disable & reassign", async ({ page }) => {
  await signInByEmail(page, "admin@acme.test", { callbackUrl: "/orgs/acme/contacts" });
  await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible();

  // Add a contact from your company.
  const id = tag();
  const name = `Nora Added ${id}`;
  const email = `nora.${id}@acme.test`;
  await page.getByRole("button", { name: "New contact" }).click();
  const dialog = page.getByRole("dialog", { name: "New contact" });
  await expect(dialog.getByRole("tab", { name: "Add a contact from your company" })).toHaveAttribute("aria-selected", "true");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Email").fill(`nora.${id}@gmail.com`);
  await dialog.getByRole("checkbox", { name: "Primary billing" }).check();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByText("gmail.com is not one of your verified domains")).toBeVisible();
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${name} was added to the contacts.`)).toBeVisible();
  await searchContacts(page, email);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByRole("cell", { name: "Primary billing" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Active", exact: true })).toBeVisible();

  // Edit roles.
  await row.getByRole("button", { name: `Edit ${name}` }).click();
  const edit = page.getByRole("dialog", { name: `Edit ${name}` });
  await edit.getByRole("checkbox", { name: "Primary billing" }).uncheck();
  await edit.getByRole("checkbox", { name: "New quotes" }).check();
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  await expect(row.getByRole("cell", { name: "New quotes" })).toBeVisible();
  await expect(row.getByText("Primary billing")).toHaveCount(0);

  // Disable a contact without orders.
  await row.getByRole("button", { name: `Disable ${name}` }).click();
  const confirm = page.getByRole("dialog", { name: `Disable ${name}?` });
  await expect(confirm).toContainText("Their organization role, if any, is not changed");
  await confirm.getByRole("button", { name: "Disable" }).click();
  await expect(confirm).toBeHidden();
  await expect(row.getByRole("cell", { name: "Disabled", exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Enable ${name}` })).toBeVisible();

  // Disable & reassign a contact with two orders to a new person.
  const leaving = `Leo Leaving ${tag()}`;
  const leavingEmail = `leo.${tag()}@acme.test`;
  const orders = await seedContactWithTwoOrders(leaving, leavingEmail);
  await searchContacts(page, leavingEmail);
  const leavingRow = page.getByRole("row", { name: new RegExp(leaving) });
  for (const number of orders) await expect(leavingRow.getByText(`Licensee · order ${number}`)).toBeVisible();
  await leavingRow.getByRole("button", { name: `Disable/Reassign ${leaving}` }).click();
  const reassign = page.getByRole("dialog", { name: `Disable ${leaving} and reassign their orders` });
  const ordersTable = reassign.getByRole("table", { name: "Orders to reassign" });
  for (const number of orders) await expect(ordersTable.getByRole("row", { name: new RegExp(number) })).toContainText("Licensee, Billing");
  await reassign.getByRole("radio", { name: "A new person" }).check();
  const successor = `Sam Successor ${tag()}`;
  const successorEmail = `sam.${tag()}@elsewhere.test`;
  await reassign.getByLabel("Name").fill(successor);
  await reassign.getByLabel("Email").fill(successorEmail);
  await reassign.getByRole("button", { name: "Disable & Reassign" }).click();
  await expect(reassign).toBeHidden();
  await expect(leavingRow.getByRole("cell", { name: "Disabled", exact: true })).toBeVisible();

  await searchContacts(page, successorEmail);
  const successorRow = page.getByRole("row", { name: new RegExp(successor) });
  for (const number of orders) {
    await expect(successorRow.getByText(`Licensee · order ${number}`)).toBeVisible();
    await expect(successorRow.getByText(`Billing · order ${number}`)).toBeVisible();
  }
  await expect(successorRow.getByRole("cell", { name: "Active", exact: true })).toBeVisible();

  const { text } = await readLatestEmail(page, successorEmail, /You are now a contact for orders of Acme Corporation/);
  for (const number of orders) expect(text).toContain(number);
  expect(text).toContain(leaving);
});

test("contacts in French: add a contact, the Type column and the export", async ({ page }) => {
  await signInByEmail(page, "admin@acme.test", { callbackUrl: "/orgs/acme/contacts" });
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Nouveau contact" })).toBeVisible();

  const id = tag();
  const name = `Zoé Ajoutée ${id}`;
  await page.getByRole("button", { name: "Nouveau contact" }).click();
  const dialog = page.getByRole("dialog", { name: "Nouveau contact" });
  await dialog.getByLabel("Nom").fill(name);
  await dialog.getByLabel("E-mail").fill(`zoe.${id}@acme.test`);
  await dialog.getByLabel("Langue des notifications").selectOption("fr");
  await dialog.getByRole("checkbox", { name: "Protection des données" }).check();
  await dialog.getByRole("button", { name: "Enregistrer" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${name} a été ajouté aux contacts.`)).toBeVisible();

  await searchContacts(page, `zoe ajoutee ${id}`);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByRole("cell", { name: "Protection des données" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Français" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Actif", exact: true })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter en CSV" }).click();
  const file = await (await download).path();
  const csv = (await import("node:fs")).readFileSync(file!, "utf8");
  expect(csv.split("\r\n")[0]).toBe("\uFEFFNom,E-mail,Langue,Statut,Rôles,Rôles de commande");
  expect(csv).toContain(`${name},zoe.${id}@acme.test,fr,Actif,Protection des données,`);
  expect(csv.trim().split("\r\n")).toHaveLength(2);
});

test("billing admins see contacts read-only", async ({ page }) => {
  await signInByEmail(page, "claire.dubois@acme.test", { callbackUrl: "/orgs/acme/contacts" });
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible();
  await expect(page.getByText("You can view contacts; only organization admins can change them.")).toBeVisible();
  await expect(page.getByRole("button", { name: "New contact" })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Actions" })).toHaveCount(0);
  await expect(page.getByRole("row").nth(1)).toBeVisible();
});
