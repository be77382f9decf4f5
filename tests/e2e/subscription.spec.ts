// Cancel subscription → read-only → Reactivate, in a real browser, in English and in French,
// each in an organization of its own (support/own-organization.ts): the org admin opens
// Settings → Subscription, reads what happens, types the organization's name, then sees the
// banner on every page and no control that would change anything, and reactivates.
import { expect, test, type Page } from "./support/fixtures";
import { signInByEmail } from "./support/auth";
import { createOwnOrganization } from "./support/own-organization";
import { checkDialog, checkPage, expectFocusTrapped } from "./support/ui-checks";

const WORDS = {
  en: {
    settings: "Settings",
    subscription: "Subscription",
    cancel: "Cancel subscription",
    dialogTitle: (org: string) => `Cancel the subscription of ${org}?`,
    readOnly: /becomes read-only at once for everyone/,
    confirm: /^Type the organization's name/,
    mismatch: "Type the organization's name exactly as shown.",
    banner: /^Cancelled — everything will be deleted on /,
    bannerRegion: "Cancelled",
    reactivate: "Reactivate",
    deleteNow: "Delete now",
    deleteTitle: (org: string) => `Delete ${org} now?`,
    status: "Active",
    newContact: "New contact",
    addUser: "Add user",
    newWorkspace: "New workspace",
  },
  fr: {
    settings: "Paramètres",
    subscription: "Abonnement",
    cancel: "Résilier l’abonnement",
    dialogTitle: (org: string) => `Résilier l’abonnement d’${org}\u202F?`,
    readOnly: /passe aussitôt en lecture seule pour tout le monde/,
    confirm: /^Saisissez le nom de l’organisation/,
    mismatch: "Saisissez le nom de l’organisation exactement comme il est affiché.",
    banner: /^Résiliée — tout sera supprimé le /,
    bannerRegion: "Résilié",
    reactivate: "Réactiver",
    deleteNow: "Supprimer maintenant",
    deleteTitle: (org: string) => `Supprimer ${org} maintenant\u202F?`,
    status: "Actif",
    newContact: "Nouveau contact",
    addUser: "Ajouter un utilisateur",
    newWorkspace: "Nouvel espace de travail",
  },
} as const;

async function expectNoChangeControls(page: Page, slug: string, W: (typeof WORDS)["en" | "fr"]) {
  const pages: [string, string][] = [
    [`/orgs/${slug}/contacts`, W.newContact],
    [`/orgs/${slug}/users`, W.addUser],
    [`/orgs/${slug}/workspaces`, W.newWorkspace],
  ];
  for (const [path, control] of pages) {
    await page.goto(path);
    await expect(page.getByRole("region", { name: W.bannerRegion })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: control })).toHaveCount(0);
    await expect(page.getByRole("link", { name: control })).toHaveCount(0);
  }
}

for (const locale of ["en", "fr"] as const) {
  test(`an org admin cancels the subscription by typing the name, sees the banner and no control that changes anything, and reactivates (${locale})`, async ({
    page,
  }) => {
    const W = WORDS[locale];
    const org = await createOwnOrganization(`Cancel ${locale}`);
    await signInByEmail(page, org.people.admin.email, { callbackUrl: `/orgs/${org.slug}`, locale });

    // Before: the controls are there.
    await page.goto(`/orgs/${org.slug}/contacts`);
    await expect(page.getByRole("button", { name: W.newContact })).toBeVisible();

    await page.getByRole("navigation").getByRole("link", { name: W.settings }).click();
    await page.getByRole("link", { name: W.subscription, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/orgs/${org.slug}/settings/subscription$`));
    await expect(page.getByRole("heading", { name: W.subscription, level: 1 })).toBeVisible();
    await expect(page.getByText(W.status, { exact: true })).toBeVisible();
    await checkPage(page, `subscription-active-${locale}`);

    await page.getByRole("button", { name: W.cancel }).click();
    const dialog = page.getByRole("dialog", { name: W.dialogTitle(org.name) });
    await expect(dialog.getByText(W.readOnly)).toBeVisible();
    await checkDialog(page, dialog, `subscription-cancel-dialog-${locale}`);
    await expectFocusTrapped(page, dialog);
    // A wrong name is refused, next to the field.
    await dialog.getByLabel(W.confirm).fill("not the name");
    await dialog.getByRole("button", { name: W.cancel }).click();
    await expect(dialog.getByText(W.mismatch)).toBeVisible();
    await dialog.getByLabel(W.confirm).fill(org.name);
    await dialog.getByRole("button", { name: W.cancel }).click();
    await expect(dialog).toBeHidden();

    const banner = page.getByRole("region", { name: W.bannerRegion });
    await expect(banner.getByText(W.banner)).toBeVisible();
    await expect(banner.getByRole("button", { name: W.reactivate })).toBeVisible();
    await expect(page.getByRole("button", { name: W.cancel })).toHaveCount(0);
    await checkPage(page, `subscription-cancelled-${locale}`);
    // Delete now asks for the name again; Escape leaves it, focus back on its button.
    await page.getByRole("button", { name: W.deleteNow }).click();
    const deleteDialog = page.getByRole("dialog", { name: W.deleteTitle(org.name) });
    await checkDialog(page, deleteDialog, `subscription-delete-now-dialog-${locale}`);
    await page.keyboard.press("Escape");
    await expect(deleteDialog).toBeHidden();
    await expect(page.getByRole("button", { name: W.deleteNow })).toBeFocused();

    await expectNoChangeControls(page, org.slug, W);

    await page.getByRole("region", { name: W.bannerRegion }).getByRole("button", { name: W.reactivate }).click();
    await expect(page.getByRole("region", { name: W.bannerRegion })).toHaveCount(0);
    await expect(page.getByRole("button", { name: W.newWorkspace })).toBeVisible();
    await page.goto(`/orgs/${org.slug}/settings/subscription`);
    await expect(page.getByRole("button", { name: W.cancel })).toBeVisible();
  });
}
