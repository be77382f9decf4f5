// A user invitation's page reached by its emailed link, signed out and signed in with another
// account, in English and in French, at 1280×800 and 375×812: axe finds no violation, words
// all resolved. (The users and workspaces pages and their dialogs are in the walk:
// tests/e2e/walk/pages.ts.)
import { expect, test, type Page } from "@playwright/test";
import { signInByEmail, uniqueEmail } from "./support/auth";
import { createOwnOrganization } from "./support/own-organization";
import { checkPage, VIEWPORTS } from "./support/ui-checks";

const KEY_SHOWN = /\b(common|roles|users|workspaces|orgs|invitations)\.[a-z]\w*(\.\w+)+\b/;

const W = {
  en: {
    addUser: "Add user",
    email: "Email address",
    next: "Next",
  },
  fr: {
    addUser: "Ajouter un utilisateur",
    email: "Adresse e-mail",
    next: "Suivant",
  },
} as const;

async function noKeysShown(page: Page) {
  expect(await page.locator("body").innerText()).not.toMatch(KEY_SHOWN);
}

for (const locale of ["en", "fr"] as const) {
  const w = W[locale];
  test(`a user invitation's page, signed out and signed in with another account, passes axe (${locale})`, async ({ page, browser }) => {
    // An organization of its own: the invitation made here is added to nobody else's users.
    const org = await createOwnOrganization(`Invite page ${locale}`);
    await signInByEmail(page, org.people.admin.email, { callbackUrl: `/orgs/${org.slug}/users`, locale });
    await page.goto(`/orgs/${org.slug}/users`);
    await page.getByRole("button", { name: w.addUser }).click();
    const dialog = page.getByRole("dialog");
    const invitee = uniqueEmail(`page-${locale}`);
    await dialog.getByLabel(w.email).fill(invitee);
    await dialog.getByRole("button", { name: w.next }).click();
    await expect(dialog.getByRole("checkbox", { name: "Sales" })).toBeVisible();
    await page.keyboard.press("Escape");
    const context = await browser.newContext({
      locale: locale === "fr" ? "fr-FR" : "en-GB",
      extraHTTPHeaders: { "Accept-Language": locale === "fr" ? "fr-FR,fr;q=0.9" : "en-GB,en;q=0.9" },
    });
    const other = await context.newPage();
    const { readLatestEmail } = await import("./support/mailbox");
    const mail = await readLatestEmail(other, invitee, new RegExp(org.name));
    const path = new URL(mail.links.find((href) => href.includes("/invite/"))!).pathname;
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      await other.setViewportSize(viewport);
      await other.goto(path);
      await noKeysShown(other);
      await checkPage(other, `invite-user-${locale}-${size}`);
      // The admin's own browser holds another account: a clear refusal naming the address, masked, and a way out.
      await page.setViewportSize(viewport);
      await page.goto(path);
      const masked = `${invitee[0]}•••@example.test`;
      await expect(page.getByRole("alert").filter({ hasText: masked })).toBeVisible();
      await expect(page.getByRole("button", { name: locale === "fr" ? "Se déconnecter" : "Sign out" }).last()).toBeVisible();
      await checkPage(page, `invite-user-wrong-account-${locale}-${size}`);
    }
    await context.close();
  });
}
