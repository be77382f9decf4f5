// Users and workspaces in a real browser, in English and in French, end to end:
// a user admin adds a member with two workspaces (the role menu offers MEMBER only), the
// invitee accepts through the emailed link and sees exactly those two workspaces (another
// workspace's address is a 404); an org admin deletes a user, whose workspace contacts then
// show as unassigned; a billing admin sees the list with no action. Each test in an
// organization of its own (support/own-organization.ts).
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { confirmSignIn, signInByEmail, uniqueEmail } from "./support/auth";
import { withAppDatabase } from "./support/database";
import { readLatestEmail } from "./support/mailbox";
import { createOwnOrganization } from "./support/own-organization";

/** The words of each language, some naming the organization. */
const WORDS = {
  en: (org: string) => ({
    addUser: "Add user",
    role: "Organization role",
    member: "Member",
    email: "Email address",
    language: "Invitation language",
    next: "Next",
    assign: "Assign workspace",
    sent: /An invitation was emailed to/,
    invited: /was invited, with 2 workspaces/,
    pending: "Pending",
    subject: new RegExp(`invites you to join ${org}`),
    heading: `${org} invites you to join as Member`,
    signIn: "Sign in to accept",
    send: /sign-in link/i,
    signInSubject: /Sign in to Roster/,
    accept: "Accept invitation",
    yourName: "Your name",
    joined: `You joined ${org}`,
    open: `Go to ${org}`,
    workspaces: "Workspaces",
    workspacesTable: `Workspaces of ${org}`,
    notFound: "Not found",
    users: `Users of ${org}`,
    search: "Search by name or email",
    apply: "Apply",
    menu: (name: string) => `Actions for ${name}`,
    delete: "Delete",
    deleteDialog: (name: string) => `Delete ${name}?`,
    impact: "Loses access to 1 workspace; 1 workspace contact becomes unassigned.",
    confirmDelete: "Delete user",
    deleted: (name: string) => `${name} was deleted.`,
    unassigned: "Unassigned",
    contacts: "Contacts of the workspace Sales",
    actions: "Actions",
    menuFor: /^Actions for /,
    access: "Access",
    edit: /^Edit /,
  }),
  fr: (org: string) => ({
    addUser: "Ajouter un utilisateur",
    role: "Rôle dans l’organisation",
    member: "Membre",
    email: "Adresse e-mail",
    language: "Langue de l’invitation",
    next: "Suivant",
    assign: "Attribuer les espaces",
    sent: /Une invitation a été envoyée à/,
    invited: /a été invité, avec 2 espaces de travail/,
    pending: "En attente",
    subject: new RegExp(`vous invite à rejoindre ${org}`),
    heading: `${org} vous invite à la rejoindre avec le rôle Membre`,
    signIn: "Se connecter pour accepter",
    send: /lien de connexion/i,
    signInSubject: /Connexion à Roster/,
    accept: "Accepter l’invitation",
    yourName: "Votre nom",
    joined: `Vous avez rejoint ${org}`,
    open: `Aller à ${org}`,
    workspaces: "Espaces de travail",
    workspacesTable: `Espaces de travail\u202F: ${org}`,
    notFound: "Introuvable",
    users: `Utilisateurs\u202F: ${org}`,
    search: "Rechercher par nom ou e-mail",
    apply: "Appliquer",
    menu: (name: string) => `Actions pour ${name}`,
    delete: "Supprimer",
    deleteDialog: (name: string) => `Supprimer ${name}\u202F?`,
    impact: "Perd l’accès à 1 espace de travail\u202F; 1 contact d’espace n’est plus attribué.",
    confirmDelete: "Supprimer l’utilisateur",
    deleted: (name: string) => `${name} a été supprimé.`,
    unassigned: "Non attribué",
    contacts: "Contacts de l’espace Sales",
    actions: "Actions",
    menuFor: /^Actions pour /,
    access: "Accès",
    edit: /^Modifier /,
  }),
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The invitee's own sign-in, from the invitation page, back to it. */
async function signInFromInvitation(page: Page, email: string, path: string, W: { signIn: string; send: RegExp; signInSubject: RegExp }) {
  await page.getByRole("link", { name: W.signIn }).click();
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByRole("button", { name: W.send }).click();
  await expect(page.getByRole("heading", { name: /check your email|consultez vos e-mails/i })).toBeVisible();
  const { links } = await readLatestEmail(page, email, W.signInSubject);
  await confirmSignIn(page, links.find((href) => href.includes("/signin/confirm?"))!);
  await expect(page).toHaveURL(new RegExp(`${escape(path)}$`));
}

for (const locale of ["en", "fr"] as const) {
  test(`a user admin adds a member with two workspaces; the invitee accepts by the emailed link and sees exactly those (${locale})`, async ({
    page,
    browser,
  }) => {
    const org = await createOwnOrganization(`Users add ${locale}`);
    const W = WORDS[locale](org.name);
    const ids = org.workspaceIds;
    await signInByEmail(page, org.people.userAdmin.email, { callbackUrl: `/orgs/${org.slug}/users`, locale });
    await page.goto(`/orgs/${org.slug}/users`);
    await page.getByRole("button", { name: W.addUser }).click();
    const dialog = page.getByRole("dialog", { name: W.addUser });
    // A user admin may give MEMBER only: the role menu holds exactly that.
    const role = dialog.getByLabel(W.role);
    await expect(role.locator("option")).toHaveText([W.member]);
    await expect(dialog.getByLabel(W.email)).toBeFocused();
    const invitee = uniqueEmail(`member-${locale}`);
    await dialog.getByLabel(W.email).fill(invitee);
    await dialog.getByLabel(W.language).selectOption(locale);
    await dialog.getByRole("button", { name: W.next }).click();
    await expect(dialog.getByText(W.sent)).toBeVisible();
    await dialog.getByRole("checkbox", { name: "Sales" }).check();
    await dialog.getByRole("checkbox", { name: "Customer Support" }).check();
    await dialog.getByRole("button", { name: W.assign }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: W.invited })).toBeVisible();
    const row = page.getByRole("table", { name: W.users }).getByRole("row").filter({ hasText: invitee });
    await expect(row).toContainText(W.pending);

    // The invitee, in another browser, follows the emailed link and signs in with that address.
    const context = await browser.newContext({
      locale: locale === "fr" ? "fr-FR" : "en-GB",
      extraHTTPHeaders: { "Accept-Language": locale === "fr" ? "fr-FR,fr;q=0.9" : "en-GB,en;q=0.9" },
    });
    const other = await context.newPage();
    const mail = await readLatestEmail(other, invitee, W.subject);
    const path = new URL(mail.links.find((href) => href.includes("/invite/"))!).pathname;
    await other.goto(path);
    await expect(other.getByRole("heading", { name: W.heading })).toBeVisible();
    await expect(other.getByRole("main").getByRole("listitem")).toHaveText(["Customer Support", "Sales"]);
    await signInFromInvitation(other, invitee, path, W);
    // The accept page asks the name: the new account has none yet.
    await expect(other.getByLabel(W.yourName)).toHaveValue("");
    await other.getByLabel(W.yourName).fill(`Invitee ${locale}`);
    await other.getByRole("button", { name: W.accept }).click();
    await expect(other.getByRole("heading", { name: W.joined })).toBeVisible();
    await other.getByRole("link", { name: W.open }).click();
    await expect(other).toHaveURL(new RegExp(`/orgs/${org.slug}$`));

    await other.goto(`/orgs/${org.slug}/workspaces`);
    const table = other.getByRole("table", { name: W.workspacesTable });
    await expect(table.getByRole("rowheader")).toHaveText(["Customer Support", "Sales"]);
    const opened = await other.goto(`/orgs/${org.slug}/workspaces/${ids["Sales"]}`);
    expect(opened?.status()).toBe(200);
    await expect(other.getByRole("heading", { level: 1, name: "Sales" })).toBeVisible();
    const refused = await other.goto(`/orgs/${org.slug}/workspaces/${ids["Engineering"]}`);
    expect(refused?.status()).toBe(404);
    await expect(other.getByRole("heading", { name: W.notFound })).toBeVisible();
    await context.close();

    // Back as the user admin: the invitee is now active.
    await page.goto(`/orgs/${org.slug}/users?q=${encodeURIComponent(invitee)}`);
    await expect(page.getByRole("table", { name: W.users }).getByRole("row").filter({ hasText: invitee })).not.toContainText(W.pending);
    await expect(page.getByRole("table", { name: W.users }).getByRole("row").filter({ hasText: invitee })).toContainText(
      `Invitee ${locale}`,
    );
  });

  test(`an org admin deletes a user; their workspace contacts show as unassigned (${locale})`, async ({ page }) => {
    const org = await createOwnOrganization(`Users delete ${locale}`);
    const W = WORDS[locale](org.name);
    const name = `Gone ${locale.toUpperCase()} ${Date.now().toString(36)}`;
    const customer = `Customer of ${name}`;
    await withAppDatabase(async (client) => {
      const sales = { id: org.workspaceIds.Sales };
      const userId = randomUUID();
      const membershipId = randomUUID();
      await client.query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [
        userId,
        uniqueEmail("gone"),
        name,
      ]);
      await client.query(
        `INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "updatedAt") VALUES ($1, $2, $3, 'MEMBER',
        'ACTIVE', now())`,
        [membershipId, org.id, userId],
      );
      await client.query(`INSERT INTO "WorkspaceAssignment" ("organizationId", "workspaceId", "membershipId") VALUES ($1, $2, $3)`, [
        org.id,
        sales.id,
        membershipId,
      ]);
      await client.query(
        `INSERT INTO "WorkspaceContact" (id, "organizationId", "workspaceId", name, "assignedUserId", "updatedAt")
        VALUES ($1, $2, $3, $4, $5, now())`,
        [randomUUID(), org.id, sales.id, customer, userId],
      );
    });
    await signInByEmail(page, org.people.admin.email, { callbackUrl: `/orgs/${org.slug}/users`, locale });
    await page.goto(`/orgs/${org.slug}/workspaces/${org.workspaceIds.Sales}`);
    await expect(page.getByRole("table", { name: W.contacts }).getByRole("row").filter({ hasText: customer })).toContainText(name);

    await page.goto(`/orgs/${org.slug}/users`);
    await page.getByRole("searchbox", { name: W.search }).fill(name);
    await page.getByRole("button", { name: W.apply }).click();
    await page.getByRole("button", { name: W.menu(name) }).click();
    await page.getByRole("menuitem", { name: W.delete }).click();
    const dialog = page.getByRole("dialog", { name: W.deleteDialog(name) });
    await expect(dialog).toContainText(W.impact);
    await dialog.getByRole("button", { name: W.confirmDelete }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: W.deleted(name) })).toBeVisible();
    await expect(page.getByRole("table", { name: W.users }).getByRole("row").filter({ hasText: name })).toHaveCount(0);

    await page.goto(`/orgs/${org.slug}/workspaces/${org.workspaceIds.Sales}`);
    const contactRow = page.getByRole("table", { name: W.contacts }).getByRole("row").filter({ hasText: customer });
    await expect(contactRow.getByRole("cell").nth(2)).toHaveText(W.unassigned);
  });

  test(`a billing admin sees the users list with no action (${locale})`, async ({ page }) => {
    const org = await createOwnOrganization(`Users view ${locale}`);
    const W = WORDS[locale](org.name);
    await signInByEmail(page, org.people.billingAdmin.email, { callbackUrl: `/orgs/${org.slug}/users`, locale });
    await page.goto(`/orgs/${org.slug}/users`);
    const table = page.getByRole("table", { name: W.users });
    await expect(table.getByRole("row").filter({ hasText: org.people.admin.name })).toBeVisible();
    // A row's menu only reads: the person's access, nothing that changes them.
    const menus = table.getByRole("button", { name: W.menuFor });
    for (let i = 0; i < (await menus.count()); i++) {
      await menus.nth(i).click();
      await expect(page.getByRole("menuitem")).toHaveText([W.access]);
      await page.keyboard.press("Escape");
    }
    await expect(table.getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: W.addUser })).toHaveCount(0);
    await expect(page.getByRole("button", { name: W.edit })).toHaveCount(0);
  });
}
