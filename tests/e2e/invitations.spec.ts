// Invite a contact (New contact → Invite a contact) and accept the invitation as a second
// person through the emailed link, read from the mail capture; resend and revoke. Each test
// in an organization of its own (support/own-organization.ts), whose pending list and
// contacts are its alone.
import { confirmSignIn, signInByEmail, uniqueEmail } from "./support/auth";
import { expect, newPage, test, type Page } from "./support/fixtures";
import { withAppDatabase } from "./support/database";
import { mailboxSnapshot, readLatestEmail } from "./support/mailbox";
import { createOwnOrganization } from "./support/own-organization";

// Copy writes to the clipboard; the test reads it back.
test.use({ permissions: ["clipboard-read", "clipboard-write"] });

async function openInviteTab(page: Page, slug: string) {
  await page.goto(`/orgs/${slug}/contacts`);
  await page.getByRole("button", { name: "New contact" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("tab", { name: "Invite a contact" }).click();
  return dialog;
}

/** The real sign-in flow, waiting for the sign-in email itself (the invitee also has an invitation email). */
async function signInFromInvitation(
  page: Page,
  email: string,
  invitationPath: string,
  labels: { signIn: string | RegExp; send: RegExp; subject: RegExp },
) {
  await page.getByRole("link", { name: labels.signIn }).click();
  await expect(page).toHaveURL(
    new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(invitationPath).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
  );
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByRole("button", { name: labels.send }).click();
  await expect(page.getByRole("heading", { name: /check your email|consultez vos e-mails/i })).toBeVisible();
  const { links } = await readLatestEmail(page, email, labels.subject);
  const link = links.find((href) => href.includes("/signin/confirm?"));
  expect(link, "the sign-in email carries the link").toBeTruthy();
  await confirmSignIn(page, link!);
  await expect(page).toHaveURL(new RegExp(`${invitationPath}$`));
}

test("invite a contact by email, accept as a new person through the emailed link; the invitation leaves the pending list", async ({
  page,
  browser,
}) => {
  const org = await createOwnOrganization("Invite");
  const inviter = org.people.admin.name;
  await signInByEmail(page, org.people.admin.email);
  const dialog = await openInviteTab(page, org.slug);

  await dialog.getByRole("checkbox", { name: "Primary technical", exact: true }).check();
  await dialog.getByRole("checkbox", { name: "Security & privacy", exact: true }).check();
  await dialog.getByRole("button", { name: "Next" }).click();

  const message = dialog.getByLabel("Invitation message");
  await expect(message).toBeVisible();
  const url = await dialog.getByLabel("Invitation link").inputValue();
  expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(message).toHaveValue(new RegExp(`${inviter} invites you to be a contact of ${org.name}[\\s\\S]*${url}`));

  await dialog.getByRole("button", { name: "Copy" }).click();
  await expect(dialog.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(url);

  const mailto = await dialog.getByRole("link", { name: "Go to email client" }).getAttribute("href");
  expect(mailto).toMatch(/^mailto:\?subject=.+&body=.+/);
  expect(decodeURIComponent(mailto!.split("&body=")[1])).toContain(url);

  const invitee = uniqueEmail("invitee");
  await dialog.getByLabel("Email address").fill(invitee);
  await dialog.getByRole("button", { name: "Send", exact: true }).click();
  await expect(dialog.getByText(`Invitation sent to ${invitee}`)).toBeVisible();
  // Under the field: where it went, and that another address would replace that one.
  await expect(dialog.getByLabel("Email address")).toHaveAccessibleDescription(
    new RegExp(`emailed to ${invitee.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\. Sending it to another address replaces that one`),
  );

  await page.keyboard.press("Escape");
  const pending = page.getByRole("table", { name: "Invitations not yet accepted" });
  const row = pending.getByRole("row").filter({ hasText: invitee });
  await expect(row).toBeVisible();
  await expect(row.getByRole("listitem")).toHaveText(["Primary technical", "Security & privacy"]);
  await expect(row).toContainText(inviter);

  // The invitee, in another browser, follows the emailed link.
  const other = await newPage(browser);
  const inviteeContext = other.context();
  const email = await readLatestEmail(other, invitee, /invites you to be a contact/);
  const link = email.links.find((href) => href.includes("/invite/"));
  expect(link).toBe(url);
  const path = new URL(link!).pathname;
  await other.goto(path);
  await expect(other.getByRole("heading", { name: `${org.name} invites you to be a contact` })).toBeVisible();
  await expect(other.getByText("Primary technical", { exact: false }).first()).toBeVisible();
  await expect(other.getByText(/a new account|one is created/i)).toBeVisible();

  await signInFromInvitation(other, invitee, path, { signIn: "Sign in to accept", send: /sign-in link/i, subject: /Sign in to Roster/ });
  await expect(other.getByText(`You are signed in as ${invitee}`)).toBeVisible();
  // The page asks for the name the contact gets (the new account has none yet).
  const nameField = other.getByLabel("Your name");
  await expect(nameField).toHaveValue("");
  await expect(nameField).toHaveAccessibleDescription(`As ${org.name} will see it on its contacts list.`);
  await other.getByRole("button", { name: "Accept invitation" }).click();
  await expect(nameField).toHaveAccessibleDescription(/This field is required/);
  await nameField.fill("Ina Vitee");
  await other.getByRole("button", { name: "Accept invitation" }).click();
  await expect(other.getByRole("heading", { name: `You are now a contact of ${org.name}` })).toBeVisible();
  await other.getByRole("link", { name: `Go to ${org.name}` }).click();
  await expect(other).toHaveURL(new RegExp(`/orgs/${org.slug}$`));

  // A second accept of the same link says it was used.
  await other.goto(path);
  await expect(other.getByRole("heading", { name: `You are now a contact of ${org.name}` })).toBeVisible();
  await expect(other.getByText("You already accepted this invitation")).toBeVisible();
  await inviteeContext.close();

  await withAppDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT c.name, u.name AS "userName", c.status, c.source, c."userId" = u.id AS linked, array_agg(r.role::text
        ORDER BY r.role) AS roles
         FROM "Contact" c JOIN "Organization" o ON o.id = c."organizationId" JOIN "User" u ON u.email = c.email
         LEFT JOIN "ContactRole" r ON r."contactId" = c.id
        WHERE o.slug = $2 AND c.email = $1 GROUP BY c.id, u.id`,
      [invitee, org.slug],
    );
    expect(rows).toEqual([
      {
        name: "Ina Vitee",
        userName: "Ina Vitee",
        status: "ACTIVE",
        source: "INVITATION",
        linked: true,
        roles: ["PRIMARY_TECHNICAL", "SECURITY_PRIVACY"],
      },
    ]);
  });

  // Back as the admin: the invitation is no longer pending; the contact is on the list.
  await page.goto(`/orgs/${org.slug}/contacts?q=${encodeURIComponent(invitee)}`);
  await expect(page.getByRole("heading", { name: "Pending invitations" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: invitee })).toHaveCount(1);
  await expect(page.getByRole("table", { name: "Invitations not yet accepted" }).getByRole("row").filter({ hasText: invitee })).toHaveCount(
    0,
  );
});

test("an invitation in French: the email and the page are in French; resend replaces the link, revoke withdraws it", async ({
  page,
  browser,
}) => {
  const org = await createOwnOrganization("Invite resend");
  await signInByEmail(page, org.people.admin.email);
  const dialog = await openInviteTab(page, org.slug);
  await dialog.getByRole("checkbox", { name: "Primary billing", exact: true }).check();
  await dialog.getByLabel("Invitation language").selectOption("fr");
  await dialog.getByRole("button", { name: "Next" }).click();
  // The organization's name starts with "Acme": "de" elides.
  await expect(dialog.getByLabel("Invitation message")).toHaveValue(
    new RegExp(`${org.people.admin.name} vous invite à devenir contact d’${org.name}`),
  );
  const firstUrl = await dialog.getByLabel("Invitation link").inputValue();
  const invitee = uniqueEmail("invite-fr");
  await dialog.getByLabel("Email address").fill(invitee);
  await dialog.getByRole("button", { name: "Send", exact: true }).click();
  await expect(dialog.getByText(`Invitation sent to ${invitee}`)).toBeVisible();
  await page.keyboard.press("Escape");

  // The French email carries the link shown in the dialog.
  const other = await newPage(browser, { locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" } });
  const frContext = other.context();
  const first = await readLatestEmail(other, invitee, /vous invite à devenir contact/);
  expect(first.links).toContain(firstUrl);
  expect(first.text).toContain("Contact de facturation principal");

  // Resend: a new link goes out; the first one no longer exists.
  const seen = await mailboxSnapshot(other, invitee);
  const row = page.getByRole("table", { name: "Invitations not yet accepted" }).getByRole("row").filter({ hasText: invitee });
  await row.getByRole("button", { name: /Resend/ }).click();
  await expect(row.getByText(`Sent again to ${invitee}`)).toBeVisible();
  const second = await readLatestEmail(other, invitee, /vous invite à devenir contact/, seen);
  const secondLink = second.links.find((href) => href.includes("/invite/"));
  expect(secondLink).toBeTruthy();
  expect(secondLink).not.toBe(firstUrl);
  const secondPath = new URL(secondLink!).pathname;

  await other.goto(new URL(firstUrl).pathname);
  await expect(other.getByRole("heading", { name: "Invitation introuvable" })).toBeVisible();
  await other.goto(secondPath);
  await expect(other.getByRole("heading", { name: `${org.name} vous invite à devenir contact` })).toBeVisible();
  await expect(other.getByRole("link", { name: "Se connecter pour accepter" })).toBeVisible();

  // Revoke, with a confirmation: the link then says it was withdrawn.
  await row.getByRole("button", { name: /Revoke/ }).click();
  const confirm = page.getByRole("dialog", { name: "Revoke this invitation?" });
  await confirm.getByRole("button", { name: "Revoke invitation" }).click();
  await expect(page.getByRole("table", { name: "Invitations not yet accepted" }).getByRole("row").filter({ hasText: invitee })).toHaveCount(
    0,
  );
  await other.goto(secondPath);
  await expect(other.getByRole("heading", { name: "Cette invitation a été retirée" })).toBeVisible();
  await expect(other.getByRole("link", { name: "Se connecter pour accepter" })).toHaveCount(0);
  await frContext.close();
});

test("en français : inviter un contact et accepter l'invitation par le lien reçu", async ({ page, browser }) => {
  const org = await createOwnOrganization("Invite fr");
  await signInByEmail(page, org.people.admin.email, { callbackUrl: `/orgs/${org.slug}/contacts`, locale: "fr" });
  await page.getByRole("button", { name: "Nouveau contact" }).click();
  const dialog = page.getByRole("dialog", { name: "Nouveau contact" });
  await dialog.getByRole("tab", { name: "Inviter un contact" }).click();
  await dialog.getByRole("checkbox", { name: "Contact technique principal", exact: true }).check();
  await dialog.getByLabel("Langue de l’invitation").selectOption("fr");
  await dialog.getByRole("button", { name: "Suivant" }).click();
  await expect(dialog.getByLabel("Message d’invitation")).toHaveValue(
    new RegExp(`${org.people.admin.name} vous invite à devenir contact d’${org.name}`),
  );
  const invitee = uniqueEmail("invite-accept-fr");
  await dialog.getByLabel("Adresse e-mail").fill(invitee);
  await dialog.getByRole("button", { name: "Envoyer", exact: true }).click();
  await expect(dialog.getByText(`Invitation envoyée à ${invitee}`)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(
    page.getByRole("table", { name: "Invitations pas encore acceptées" }).getByRole("row").filter({ hasText: invitee }),
  ).toBeVisible();

  const other = await newPage(browser, { locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" } });
  const frContext = other.context();
  const email = await readLatestEmail(other, invitee, /vous invite à devenir contact/);
  const path = new URL(email.links.find((href) => href.includes("/invite/"))!).pathname;
  await other.goto(path);
  await expect(other.getByRole("heading", { name: `${org.name} vous invite à devenir contact` })).toBeVisible();
  await signInFromInvitation(other, invitee, path, {
    signIn: "Se connecter pour accepter",
    send: /lien de connexion/i,
    subject: /Connexion à Roster/,
  });
  await other.getByLabel("Votre nom").fill("Inès Invitée");
  await other.getByRole("button", { name: "Accepter l’invitation" }).click();
  await expect(other.getByRole("heading", { name: `Vous êtes maintenant contact d’${org.name}` })).toBeVisible();
  await frContext.close();

  await page.goto(`/orgs/${org.slug}/contacts?q=${encodeURIComponent(invitee)}`);
  const row = page.getByRole("row", { name: new RegExp(invitee.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  await expect(row.getByRole("cell", { name: "Contact technique principal" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Actif", exact: true })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Invitations pas encore acceptées" }).getByRole("row").filter({ hasText: invitee }),
  ).toHaveCount(0);
});

test("an invitation nobody was given stays off the pending list; once copied it is listed, with only what can be done with it", async ({
  page,
}) => {
  const org = await createOwnOrganization("Pending");
  await signInByEmail(page, org.people.admin.email, { callbackUrl: `/orgs/${org.slug}/contacts` });
  const invite = async () => {
    await page.getByRole("button", { name: "New contact" }).click();
    const dialog = page.getByRole("dialog", { name: "New contact" });
    await dialog.getByRole("tab", { name: "Invite a contact" }).click();
    await dialog.getByRole("checkbox", { name: "Data protection", exact: true }).check();
    await dialog.getByRole("button", { name: "Next" }).click();
    await expect(dialog.getByLabel("Invitation message")).toBeVisible();
    return dialog;
  };

  // Next, then Close: never copied, opened in a mail client or sent.
  let dialog = await invite();
  await dialog.getByRole("button", { name: "Close", exact: true }).last().click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByText("No pending invitations.")).toBeVisible();

  // Next, Copy, Close: someone may hold the link now, so it is listed.
  dialog = await invite();
  await dialog.getByRole("button", { name: "Copy" }).click();
  await expect(dialog.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  await dialog.getByRole("button", { name: "Close", exact: true }).last().click();
  const table = page.getByRole("table", { name: "Invitations not yet accepted" });
  await expect(table.getByRole("row")).toHaveCount(2);
  const row = table.getByRole("row").nth(1);
  await expect(row).toContainText("Data protection");
  await expect(row).toContainText("Link shared, not emailed");
  // Never emailed: nothing to resend, so no Resend; Revoke is what it allows.
  await expect(row.getByRole("button")).toHaveCount(1);
  await expect(row.getByRole("button", { name: /^Revoke the invitation created on/ })).toBeVisible();
});
