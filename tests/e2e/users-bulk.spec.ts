// Actions on a selection of users, in English and in French: an org admin selects themself and
// a member, changes their role from the toolbar, reads in the confirmation how many change and
// that they themself are skipped and why, confirms, and the member's row shows the new role.
import { expect, test } from "@playwright/test";
import { signInByEmail } from "./support/auth";
import { createOwnOrganization } from "./support/own-organization";

const W = {
  en: {
    select: (name: string) => `Select ${name}`,
    toolbar: "Actions on the selected users",
    selected: "2 users selected",
    changeRole: "Change role",
    newRole: "New role",
    role: "Billing admin",
    continue: "Continue",
    count: "1 user will get the role Billing admin.",
    skipped: "1 skipped: you cannot change or delete yourself",
    confirm: "Confirm",
    done: "1 user changed.",
  },
  fr: {
    select: (name: string) => `Sélectionner ${name}`,
    toolbar: "Actions sur les utilisateurs sélectionnés",
    selected: "2 utilisateurs sélectionnés",
    changeRole: "Changer le rôle",
    newRole: "Nouveau rôle",
    role: "Administrateur de facturation",
    continue: "Continuer",
    count: "1 utilisateur recevra le rôle Administrateur de facturation.",
    skipped: "1 ignoré : vous ne pouvez ni vous modifier ni vous supprimer vous-même",
    confirm: "Confirmer",
    done: "1 utilisateur modifié.",
  },
} as const;

for (const locale of ["en", "fr"] as const) {
  const w = W[locale];
  test(`an org admin changes the role of two selected users, one skipped with its reason (${locale})`, async ({ page }) => {
    const org = await createOwnOrganization(`Bulk role ${locale}`);
    const { admin, member } = org.people;
    await signInByEmail(page, admin.email, { callbackUrl: `/orgs/${org.slug}/users`, locale });
    await page.goto(`/orgs/${org.slug}/users`);

    await page.getByRole("checkbox", { name: w.select(admin.name) }).check();
    await page.getByRole("checkbox", { name: w.select(member.name) }).check();
    const toolbar = page.getByRole("group", { name: w.toolbar });
    await expect(toolbar.getByRole("status")).toHaveText(w.selected);
    await toolbar.getByRole("button", { name: w.changeRole }).click();

    const dialog = page.getByRole("dialog", { name: w.changeRole });
    await dialog.getByLabel(w.newRole).selectOption({ label: w.role });
    await dialog.getByRole("button", { name: w.continue }).click();
    await expect(dialog.getByText(w.count)).toBeVisible({ timeout: 30_000 });
    await expect(dialog.getByText(w.skipped)).toBeVisible();
    await dialog.getByRole("button", { name: w.confirm }).click();

    await expect(dialog).toBeHidden({ timeout: 30_000 });
    await expect(page.getByText(w.done)).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: member.email });
    await expect(row.getByRole("cell", { name: w.role })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: w.select(member.name) })).not.toBeChecked();
  });
}
