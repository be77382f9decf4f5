// Client components get their words from the page's provider (components/client-messages.tsx),
// which sends only the namespaces the page names. A key a component uses but the page
// forgot would show as "contacts.form.name" and log a next-intl error in the browser:
// open every dialog and form of the pages that have client components, in both languages.
import { expect, test, type Page } from "@playwright/test";
import { signInByEmail } from "./support/auth";
import { withAppDatabase } from "./support/database";

const INTL_ERROR = /MISSING_MESSAGE|FORMATTING_ERROR|INSUFFICIENT_PATH|INVALID_MESSAGE|Could not resolve/;
/** A message key shown instead of its message (next-intl's fallback). */
const KEY_SHOWN = /\b(common|contacts|contactRoles|invitations|domains|outbox|home|auth|nav|org|errors)\.[a-z]\w*(\.\w+)*\b/;

const WORDS = {
  en: { search: "Search by name or email", apply: "Apply", newContact: "New contact", invite: "Invite a contact", technical: "Primary technical", next: "Next", message: "Invitation message", close: "Close", edit: "Edit", disable: "Disable", reassign: "Disable/Reassign", enable: "Enable", revoke: "Revoke", remove: "Remove", orders: "Orders to reassign" },
  fr: { search: "Rechercher par nom ou e-mail", apply: "Appliquer", newContact: "Nouveau contact", invite: "Inviter un contact", technical: "Contact technique principal", next: "Suivant", message: "Message d’invitation", close: "Fermer", edit: "Modifier", disable: "Désactiver", reassign: "Désactiver/Réattribuer", enable: "Réactiver", revoke: "Révoquer", remove: "Retirer", orders: "Commandes à réattribuer" },
} as const;

test.afterAll(async () => {
  await withAppDatabase((client) => client.query(`UPDATE "User" SET locale = 'en' WHERE email = 'admin@acme.test'`));
});

async function expectAllWords(page: Page, errors: string[]) {
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(KEY_SHOWN);
  // The French elision mark is resolved in the browser too.
  expect(text).not.toContain("\u2060");
  expect(errors.filter((error) => INTL_ERROR.test(error))).toEqual([]);
}

async function openAndClose(page: Page, errors: string[], button: RegExp, then?: (dialog: ReturnType<Page["getByRole"]>) => Promise<void>) {
  await page.getByRole("button", { name: button }).first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  if (then) await then(dialog);
  await expectAllWords(page, errors);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
}

for (const locale of ["en", "fr"] as const) {
  const W = WORDS[locale];
  test(`every dialog and form has its words (${locale})`, async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => { if (message.type() === "error" || message.type() === "warning") errors.push(message.text()); });
    page.on("pageerror", (error) => errors.push(error.message));
    await signInByEmail(page, "admin@acme.test", { callbackUrl: "/orgs/acme/contacts", locale });

    // New contact: both tabs, and the invitation's second step.
    await page.getByRole("button", { name: W.newContact }).click();
    const dialog = page.getByRole("dialog", { name: W.newContact });
    await expectAllWords(page, errors);
    await dialog.getByRole("tab", { name: W.invite }).click();
    await dialog.getByRole("checkbox", { name: W.technical, exact: true }).check();
    await dialog.getByRole("button", { name: W.next }).click();
    await expect(dialog.getByLabel(W.message)).toBeVisible();
    await expectAllWords(page, errors);
    await dialog.getByRole("button", { name: W.close, exact: true }).click();

    const search = async (text: string) => {
      await page.getByRole("searchbox", { name: W.search }).fill(text);
      await page.getByRole("button", { name: W.apply }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(text);
    };
    await search("Thomas Laurent");
    await openAndClose(page, errors, new RegExp(`^${W.edit} Thomas`));
    await openAndClose(page, errors, new RegExp(`^${W.disable} Thomas`));
    await search("Hugo Blanc");
    await openAndClose(page, errors, new RegExp(`^${W.reassign} Hugo`), (reassign) => expect(reassign.getByRole("table", { name: W.orders })).toBeVisible());
    await search("Julien Mercier");
    await openAndClose(page, errors, new RegExp(`^${W.enable} Julien`));
    // The invitation made above is pending.
    await openAndClose(page, errors, new RegExp(`^${W.revoke} `));

    await page.goto("/orgs/acme/settings/domains");
    await expectAllWords(page, errors);
    await openAndClose(page, errors, new RegExp(`^${W.remove}`));

    for (const path of ["/orgs/acme/settings/emails", "/", "/orgs/acme"]) {
      await page.goto(path);
      await expectAllWords(page, errors);
    }
  });
}
