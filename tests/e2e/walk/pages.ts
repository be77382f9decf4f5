// Every page and every dialog of the product, as data: the walk (tests/e2e/walk.spec.ts)
// visits each page and opens each dialog in English and in French, at 1280×800 and 375×812,
// screenshots it and runs axe on it. A page that another branch adds takes one line here;
// a dialog, one entry in its page's `states`.
import { expect, type Locator, type Page } from "@playwright/test";
import { joinOrganization, type WalkData } from "./prepare";
import { withAppDatabase } from "../support/database";
import { expectFocusNotLost, expectRefusedConfirm, expectRefusedSubmit, expectSubmitted, focused } from "./focus";

export type Lang = "en" | "fr";
export type ViewportName = "1280x800" | "375x812";

/** What a step can use: the page, the language, and what the walk prepared (tests/e2e/walk/prepare.ts). */
export type WalkContext = Omit<WalkData, "email"> & {
  page: Page;
  lang: Lang;
  viewport: ViewportName;
  org: string;
  /** Words that differ between the languages. */
  w: (typeof WORDS)[Lang];
  /** The walk's admin's address. */
  adminEmail: string;
};

export type DialogState = {
  name: string;
  /** Opens it; leaves a dialog (or a menu) showing. */
  open: (c: WalkContext) => Promise<void>;
  /** Closes it (Escape by default). */
  close?: (c: WalkContext) => Promise<void>;
  /** Checks made while it is open, after its screenshot and axe scan (a refused submission and where focus goes). */
  check?: (c: WalkContext) => Promise<void>;
  /** A menu or a panel rather than a dialog: no dialog checks. */
  notDialog?: boolean;
  only?: ViewportName;
};

export type PageStep = {
  name: string;
  /** The app route it shows, as under app/ (e.g. "/orgs/[slug]/contacts"): the walk checks every route has a step. */
  route: string;
  /** Who looks: a signed-out visitor, or the walk's organization admin. */
  as: "visitor" | "admin";
  path: (c: WalkContext) => string;
  /** Waits for what the page loads after hydration (optional). */
  ready?: (c: WalkContext) => Promise<void>;
  states?: DialogState[];
  /** Checks made after its dialogs, on the page as they left it (actions carried out, where focus goes). */
  after?: (c: WalkContext) => Promise<void>;
};

export const WORDS = {
  en: {
    apiKeyName: "Name",
    webhookUrl: "Endpoint URL",
    addWebhook: "Add endpoint",
    createApiKey: "Create key",
    newContact: "New contact",
    inviteTab: "Invite a contact",
    technical: "Primary technical",
    next: "Next",
    message: "Invitation message",
    search: "Search by name or email",
    apply: "Apply",
    actionsFor: (name: string) => `Actions for ${name}`,
    edit: "Edit",
    disable: "Disable",
    reassign: "Disable/Reassign",
    enable: "Enable",
    orders: "Orders to reassign",
    revoke: /^Revoke the invitation/,
    remove: /^Remove acme-labs\.test/,
    menu: "Menu",
    loadingRoles: "Loading the roles they had…",
    addUser: "Add user",
    email: "Email address",
    userMenu: (name: string) => `Actions for ${name}`,
    delete: "Delete",
    revokeItem: "Revoke",
    newWorkspace: "New workspace",
    editInformation: "Edit information",
    changePlan: "Change plan",
    rename: "Rename",
    addMember: "Add member",
    addWorkspaceContact: "Add workspace contact",
    memberMenu: (name: string) => `Actions for the member ${name}`,
    contactMenu: (name: string) => `Actions for the workspace contact ${name}`,
    removeItem: "Remove",
    assign: "Assign",
    switcher: /Switch organization/,
    editBillingDetails: "Edit billing details",
    assignSeat: "Assign a seat of Roster Cloud",
    revokeSeat: (email: string) => `Revoke the seat of ${email}`,
    markPaid: "Mark as paid",
    markPaidNamed: (n: string) => `Mark ${n} as paid`,
    preview: /^In (English|French)/,
    cancelSubscription: "Cancel subscription",
    fieldError: /required|valid|at least|cannot be before/i,
    revokeSentTo: (email: string) => new RegExp(`^Revoke the invitation sent to ${email.replace(/[.]/g, "\\.")}$`),
    createOrganization: "Create organization",
    workspaceCount: /^\d+ workspaces?$/,
    placeOrder: "Place order",
    close: "Close",
    paymentDate: "Payment date",
    existingContact: "Existing contact",
    chooseAnother: "Choose someone else",
    add: "Add",
    domain: "Domain",
    addDomain: "Add domain",
    country: "Country (2-letter code)",
    send: "Send",
    selectPage: "Select all on this page",
    changeRole: "Change role",
    notPending: /already accepted/,
    replacementEmail: "Email of the existing contact",
  },
  fr: {
    apiKeyName: "Nom",
    webhookUrl: "URL du point de terminaison",
    addWebhook: "Ajouter le point de terminaison",
    createApiKey: "Créer la clé",
    newContact: "Nouveau contact",
    inviteTab: "Inviter un contact",
    technical: "Contact technique principal",
    next: "Suivant",
    message: "Message d’invitation",
    search: "Rechercher par nom ou e-mail",
    apply: "Appliquer",
    actionsFor: (name: string) => `Actions pour ${name}`,
    edit: "Modifier",
    disable: "Désactiver",
    reassign: "Désactiver/Réattribuer",
    enable: "Réactiver",
    orders: "Commandes à réattribuer",
    revoke: /^Révoquer l’invitation/,
    remove: /^Retirer acme-labs\.test/,
    menu: "Menu",
    loadingRoles: "Chargement de ses anciens rôles…",
    addUser: "Ajouter un utilisateur",
    email: "Adresse e-mail",
    userMenu: (name: string) => `Actions pour ${name}`,
    delete: "Supprimer",
    revokeItem: "Révoquer",
    newWorkspace: "Nouvel espace de travail",
    editInformation: "Modifier les informations",
    changePlan: "Changer de formule",
    rename: "Renommer",
    addMember: "Ajouter un membre",
    addWorkspaceContact: "Ajouter un contact d’espace",
    memberMenu: (name: string) => `Actions pour le membre ${name}`,
    contactMenu: (name: string) => `Actions pour le contact d’espace ${name}`,
    removeItem: "Retirer",
    assign: "Attribuer",
    switcher: /Changer d’organisation/,
    editBillingDetails: "Modifier les coordonnées de facturation",
    assignSeat: "Attribuer un siège de Roster Cloud",
    revokeSeat: (email: string) => `Retirer le siège de ${email}`,
    markPaid: "Marquer comme payée",
    markPaidNamed: (n: string) => `Marquer ${n} comme payée`,
    preview: /^En (anglais|français)/,
    cancelSubscription: "Résilier l’abonnement",
    fieldError: /obligatoire|valide|au moins|précéder/i,
    revokeSentTo: (email: string) => new RegExp(`^Révoquer l['’]invitation envoyée à ${email.replace(/[.]/g, "\\.")}$`),
    createOrganization: "Créer une organisation",
    workspaceCount: /^\d+ espaces?$/,
    placeOrder: "Passer la commande",
    close: "Fermer",
    paymentDate: "Date du paiement",
    existingContact: "Contact existant",
    chooseAnother: /^Choisir quelqu['’]un d['’]autre$/,
    add: "Ajouter",
    domain: "Domaine",
    addDomain: "Ajouter le domaine",
    country: "Pays (code à 2 lettres)",
    send: "Envoyer",
    selectPage: "Tout sélectionner sur cette page",
    changeRole: "Changer le rôle",
    notPending: /déjà accepté/,
    replacementEmail: "E-mail du contact existant",
  },
} as const;

const dialog = (page: Page): Locator => page.getByRole("dialog");

/** Escape closes a row's menu, focus back on its button. */
async function closeMenu(c: WalkContext, button: string) {
  await c.page.keyboard.press("Escape");
  await expect(c.page.getByRole("menu")).toHaveCount(0);
  await expect(c.page.getByRole("button", { name: button })).toBeFocused();
}

/** Rename with the name emptied: refused, focus on the name, its error read with it. */
async function renameRefused(c: WalkContext, where: string) {
  await dialog(c.page).getByRole("textbox").fill("");
  await expectRefusedSubmit(c.page, where, c.w.fieldError);
}

async function search(c: WalkContext, text: string) {
  await c.page.goto(`/orgs/${c.org}/contacts?q=${encodeURIComponent(text)}`);
}

/** The address the share step sends the walk's new contact invitation to. */
const sharedEmail = (c: WalkContext): string => `shared-${c.tag}@partner.test`.toLowerCase();

/** Opens a dialog by the button of that name, and waits for it. */
async function openBy(c: WalkContext, name: string | RegExp, within?: Locator) {
  await (within ?? c.page).getByRole("button", { name, exact: typeof name === "string" }).click();
  await expect(dialog(c.page)).toBeVisible();
}

/** The walk's license in a list of licenses: its row, found by its key. */
const walkLicense = (c: WalkContext): Locator => c.page.getByRole("row", { name: new RegExp(c.billing.licenseKey) });

async function rowAction(c: WalkContext, name: string, action: string) {
  await search(c, name);
  await c.page.getByRole("button", { name: c.w.actionsFor(name) }).click();
  await c.page.getByRole("menuitem", { name: action }).click();
  await expect(dialog(c.page)).toBeVisible();
}

/**
 * Routes whose pages and dialogs this walk does not visit (none today: the walk visits every
 * page). The "every page" check accepts only these.
 */
export const ROUTES_COVERED_ELSEWHERE: readonly string[] = [];

/** Opens a row's menu (by its button's name) and picks an item; a dialog shows. */
async function menuAction(c: WalkContext, menu: string, item: string, search?: string) {
  // The users list grows as the suite runs: find the row by searching for it.
  if (search) await c.page.goto(`/orgs/${c.org}/users?q=${encodeURIComponent(search)}`);
  await c.page.getByRole("button", { name: menu }).click();
  await c.page.getByRole("menuitem", { name: item, exact: true }).click();
  await expect(dialog(c.page)).toBeVisible();
}

async function openButton(c: WalkContext, name: string) {
  await c.page.getByRole("button", { name }).click();
  await expect(dialog(c.page)).toBeVisible();
}

export const PAGES: PageStep[] = [
  // Signed out
  { name: "signin", route: "/signin", as: "visitor", path: () => "/signin" },
  { name: "signin-check-email", route: "/signin/check-email", as: "visitor", path: () => "/signin/check-email" },
  { name: "signin-error", route: "/signin/error", as: "visitor", path: () => "/signin/error?error=Verification" },
  { name: "signin-confirm-incomplete", route: "/signin/confirm", as: "visitor", path: () => "/signin/confirm" },
  { name: "invitation-signed-out", route: "/invite/[token]", as: "visitor", path: (c) => c.invitationPath },
  { name: "invitation-unknown", route: "/invite/[token]", as: "visitor", path: () => "/invite/not-a-real-invitation-token" },
  { name: "user-invitation-signed-out", route: "/invite/[token]", as: "visitor", path: (c) => c.userInvitationPath },
  {
    name: "api-docs",
    route: "/docs/api",
    as: "visitor",
    path: () => "/docs/api",
    // The reference is drawn after hydration, from the OpenAPI document.
    ready: async ({ page }) => {
      await expect(page.locator(".api-reference")).toHaveAttribute("aria-busy", "false", { timeout: 60_000 });
    },
  },
  { name: "not-found", route: "(not found)", as: "visitor", path: () => "/no-such-page" },

  // Signed in, as an organization admin
  { name: "home", route: "/", as: "admin", path: () => "/" },
  { name: "invitation-accept", route: "/invite/[token]", as: "admin", path: (c) => c.invitationPath },
  // A user invitation opened with another account: who it is for (masked) and a way to sign out.
  { name: "user-invitation-wrong-account", route: "/invite/[token]", as: "admin", path: (c) => c.userInvitationPath },
  {
    name: "overview",
    route: "/orgs/[slug]",
    as: "admin",
    path: (c) => `/orgs/${c.org}`,
    states: [
      {
        name: "navigation-menu",
        notDialog: true,
        only: "375x812",
        open: async (c) => {
          await c.page.getByRole("button", { name: c.w.menu }).click();
          await expect(c.page.getByRole("button", { name: c.w.menu })).toHaveAttribute("aria-expanded", "true");
        },
        // Escape closes it, focus back on Menu.
        close: async (c) => {
          await c.page.keyboard.press("Escape");
          await expect(c.page.getByRole("button", { name: c.w.menu })).toHaveAttribute("aria-expanded", "false");
          await expect(c.page.getByRole("button", { name: c.w.menu })).toBeFocused();
        },
      },
    ],
  },
  {
    name: "contacts",
    route: "/orgs/[slug]/contacts",
    as: "admin",
    path: (c) => `/orgs/${c.org}/contacts`,
    states: [
      {
        name: "new-contact",
        open: async (c) => {
          await c.page.getByRole("button", { name: c.w.newContact }).click();
          await expect(dialog(c.page)).toBeVisible();
        },
        check: async (c) => {
          // The tabs: End to the last, Home back to the first.
          const tabs = dialog(c.page).getByRole("tab");
          await tabs.first().focus();
          await c.page.keyboard.press("End");
          await expect(tabs.last()).toBeFocused();
          await expect(tabs.last()).toHaveAttribute("aria-selected", "true");
          await c.page.keyboard.press("Home");
          await expect(tabs.first()).toBeFocused();
          await expect(tabs.first()).toHaveAttribute("aria-selected", "true");
          await expectRefusedSubmit(c.page, "new contact, Save with nothing", c.w.fieldError);
        },
      },
      {
        name: "new-contact-invite",
        open: async (c) => {
          await c.page.getByRole("button", { name: c.w.newContact }).click();
          await dialog(c.page).getByRole("tab", { name: c.w.inviteTab }).click();
          await expect(dialog(c.page).getByRole("checkbox", { name: c.w.technical, exact: true })).toBeVisible();
        },
        check: async (c) => {
          await expectRefusedSubmit(c.page, "invite a contact, Next with no role", /role|rôle/i);
        },
      },
      {
        name: "new-contact-share",
        open: async (c) => {
          await c.page.getByRole("button", { name: c.w.newContact }).click();
          await dialog(c.page).getByRole("tab", { name: c.w.inviteTab }).click();
          await dialog(c.page).getByRole("checkbox", { name: c.w.technical, exact: true }).check();
          await dialog(c.page).getByRole("button", { name: c.w.next }).click();
          await expect(dialog(c.page).getByLabel(c.w.message)).toBeVisible();
        },
        // The message is in the invitation's language, whatever the page's: it says so. Then sent
        // by email: refused with no address (focus on it, its error read with it), then sent to an
        // address of the walk's own (said politely, focus kept in the dialog; revoked in `after`).
        check: async (c) => {
          await expect(dialog(c.page).getByLabel(c.w.message)).toHaveAttribute("lang", /^(en|fr)$/);
          const send = dialog(c.page).getByRole("button", { name: c.w.send, exact: true });
          await expectRefusedSubmit(c.page, "share the invitation, Send with no address", c.w.fieldError, send);
          await dialog(c.page).getByRole("textbox", { name: c.w.email }).fill(sharedEmail(c));
          await send.click();
          await expect(
            dialog(c.page)
              .getByRole("status")
              .filter({ hasText: sharedEmail(c) }),
          ).toHaveCount(1);
          const now = await expectFocusNotLost(c.page, "after Send the invitation");
          expect(now.tag, "after Send the invitation: on Send or the address").toMatch(/^(button|input)$/);
          await expect(dialog(c.page).locator(":focus")).toHaveCount(1);
        },
      },
      {
        name: "row-menu",
        notDialog: true,
        open: async (c) => {
          await search(c, "Sarah Johnson");
          await c.page.getByRole("button", { name: c.w.actionsFor("Sarah Johnson") }).click();
          await expect(c.page.getByRole("menu")).toBeVisible();
        },
        close: (c) => closeMenu(c, c.w.actionsFor("Sarah Johnson")),
      },
      {
        name: "edit",
        open: (c) => rowAction(c, "Sarah Johnson", c.w.edit),
        check: async (c) => {
          await dialog(c.page).getByRole("textbox").first().fill("");
          await expectRefusedSubmit(c.page, "edit contact, Save with no name", c.w.fieldError);
        },
      },
      // Disable and Enable: carried out in `after`, on the walk's own contact.
      { name: "disable", open: (c) => rowAction(c, "Thomas Laurent", c.w.disable) },
      {
        name: "disable-reassign",
        open: async (c) => {
          await rowAction(c, "Hugo Blanc", c.w.reassign);
          await expect(dialog(c.page).getByRole("table", { name: c.w.orders })).toBeVisible();
        },
        check: async (c) => {
          await expectRefusedSubmit(c.page, "disable and reassign, with no replacement", c.w.fieldError);
        },
      },
      {
        name: "enable",
        open: async (c) => {
          await rowAction(c, "Julien Mercier", c.w.enable);
          await expect(dialog(c.page).getByText(c.w.loadingRoles)).toHaveCount(0);
        },
      },
      {
        name: "revoke-invitation",
        open: async (c) => {
          await c.page.goto(`/orgs/${c.org}/contacts`);
          await c.page.getByRole("button", { name: c.w.revokeSentTo(c.sentInvitationEmail) }).click();
          await expect(dialog(c.page)).toBeVisible();
        },
        // Carried out: its row leaves, focus goes to the next row's Revoke (else the previous, else the table's heading).
        close: async (c) => {
          await dialog(c.page).getByRole("button").last().click();
          await expect(dialog(c.page)).toHaveCount(0);
          await expect(c.page.getByRole("button", { name: c.w.revokeSentTo(c.sentInvitationEmail) })).toHaveCount(0);
          const now = await expectFocusNotLost(c.page, "after Revoke");
          expect(now.tag, "after Revoke: another invitation's Revoke, or the table's heading").toMatch(/^(button|h\d|caption)$/);
        },
      },
    ],
    // Edit, Disable and Enable carried out on the walk's own contact (the demo's stay as they are).
    after: async (c) => {
      const menu = c.page.getByRole("button", { name: c.w.actionsFor(c.contact) });
      await rowAction(c, c.contact, c.w.edit);
      await expectSubmitted(c.page, "after Edit contact");
      await expect(menu).toBeFocused();
      await rowAction(c, c.contact, c.w.disable);
      await expectSubmitted(c.page, "after Disable");
      await rowAction(c, c.contact, c.w.enable);
      await expect(dialog(c.page).getByText(c.w.loadingRoles)).toHaveCount(0);
      await expectSubmitted(c.page, "after Enable");
      // Disable & Reassign carried out on the walk's own contact with an order, to the contact
      // above: refused with no address first, then done (focus on a row's control or the heading).
      await rowAction(c, c.reassignContact, c.w.reassign);
      await expect(dialog(c.page).getByRole("table", { name: c.w.orders })).toBeVisible();
      await expectRefusedSubmit(c.page, "disable and reassign, with no replacement", c.w.fieldError);
      await dialog(c.page).getByLabel(c.w.replacementEmail, { exact: true }).fill(c.contactEmail);
      const reassigned = await expectSubmitted(c.page, "after Disable & Reassign");
      expect(reassigned.tag, "after Disable & Reassign: a row's control or the table's heading").toMatch(/^(button|h\d|caption)$/);
      // The invitation the share step sent, revoked: the pending list is as it was.
      await c.page.goto(`/orgs/${c.org}/contacts`);
      const revokeShared = c.page.getByRole("button", { name: c.w.revokeSentTo(sharedEmail(c)) });
      await revokeShared.click();
      await expect(dialog(c.page)).toBeVisible();
      await expectSubmitted(c.page, "after Revoke the shared invitation");
      await expect(revokeShared).toHaveCount(0);
    },
  },
  {
    name: "users-import",
    route: "/orgs/[slug]/users/import",
    as: "admin",
    path: (c) => `/orgs/${c.org}/users/import`,
  },
  {
    // Its page exists once a file is uploaded: the step uploads a small one and shows its preview.
    name: "users-import-preview",
    route: "/orgs/[slug]/users/import/[importId]",
    as: "admin",
    path: (c) => `/orgs/${c.org}/users/import`,
    ready: async (c) => {
      const csv = `email,role,workspaces\nwalk-${c.lang}-${c.viewport}@example.test,MEMBER,Sales\nnot-an-email,,\n`;
      await c.page
        .getByLabel(c.lang === "fr" ? "Fichier CSV" : "CSV file")
        .setInputFiles({ name: "walk.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await c.page.getByRole("button", { name: c.lang === "fr" ? "Prévisualiser le fichier" : "Preview the file" }).click();
      await expect(c.page.getByRole("button", { name: c.lang === "fr" ? "Appliquer" : "Apply" })).toBeVisible({ timeout: 30_000 });
    },
  },
  {
    name: "users",
    route: "/orgs/[slug]/users",
    as: "admin",
    path: (c) => `/orgs/${c.org}/users`,
    states: [
      {
        name: "add-user",
        open: (c) => openButton(c, c.w.addUser),
        check: (c) => expectRefusedSubmit(c.page, "add user, Next with no email", c.w.fieldError),
      },
      {
        name: "add-user-assign",
        open: async (c) => {
          await openButton(c, c.w.addUser);
          await dialog(c.page).getByLabel(c.w.email).fill(c.freshEmail);
          await dialog(c.page).getByRole("button", { name: c.w.next }).click();
          await expect(dialog(c.page).getByRole("checkbox", { name: "Sales" })).toBeVisible();
        },
        // Focus is on what happened (a status, out of the tab order); Tab goes on into the form, not back to Close.
        check: async (c) => {
          await expect.poll(async () => (await focused(c.page)).tag).toBe("p");
          await c.page.keyboard.press("Tab");
          const now = await expectFocusNotLost(c.page, "Tab from the sent status");
          expect(now.name).not.toBe(c.w.close);
        },
      },
      {
        name: "row-menu",
        notDialog: true,
        open: async (c) => {
          await c.page.goto(`/orgs/${c.org}/users?q=Emma%20Wilson`);
          await c.page.getByRole("button", { name: c.w.userMenu("Emma Wilson") }).click();
          await expect(c.page.getByRole("menu")).toBeVisible();
        },
        close: (c) => closeMenu(c, c.w.userMenu("Emma Wilson")),
      },
      {
        name: "edit",
        open: async (c) => {
          await menuAction(c, c.w.userMenu("Emma Wilson"), c.w.edit, "Emma Wilson");
          await expect(dialog(c.page).getByRole("checkbox", { name: "Sales" })).toBeVisible();
        },
        // Its role and workspaces are chosen, never typed: no refusal to reach. Saved as it is
        // (nothing changes): focus back on the row's menu.
        close: async (c) => {
          await expectSubmitted(c.page, "after Edit user");
          await expect(c.page.getByRole("button", { name: c.w.userMenu("Emma Wilson") })).toBeFocused();
        },
      },
      // Carried out in `after`, on a member of the walk's own.
      { name: "delete", open: (c) => menuAction(c, c.w.userMenu("Hannah Schmidt"), c.w.delete, "Hannah Schmidt") },
      {
        // A selection's toolbar and the confirmation of Change role, with the server's answer shown.
        name: "bulk-change-role",
        open: async (c) => {
          const fr = c.lang === "fr";
          await c.page.goto(`/orgs/${c.org}/users?q=Emma%20Wilson`);
          await c.page.getByRole("checkbox", { name: fr ? "Sélectionner Emma Wilson" : "Select Emma Wilson" }).check();
          await openButton(c, fr ? "Changer le rôle" : "Change role");
          await dialog(c.page)
            .getByRole("button", { name: fr ? "Continuer" : "Continue" })
            .click();
          await expect(dialog(c.page).getByRole("button", { name: fr ? "Confirmer" : "Confirm" })).toBeVisible();
        },
        // Continue asked the server (its button disabled meanwhile): focus stays in the dialog, not the body.
        check: async (c) => {
          await expectFocusNotLost(c.page, "after Continue");
          await expect(dialog(c.page).locator(":focus")).toHaveCount(1);
        },
      },
      // Léa Bernard is the demo's pending member (other tests sign her invitation in): opened and closed only.
      { name: "revoke", open: (c) => menuAction(c, c.w.userMenu("Léa Bernard"), c.w.revokeItem, "lea.bernard") },
      {
        name: "org-switcher",
        notDialog: true,
        open: async (c) => {
          await c.page.getByRole("button", { name: c.w.switcher }).click();
          await expect(c.page.getByRole("link", { name: /Acme Corporation/ })).toHaveAttribute("aria-current", "true");
        },
        // Tab past its last link closes it.
        close: async (c) => {
          await c.page.getByRole("link", { name: c.w.createOrganization }).focus();
          await c.page.keyboard.press("Tab");
          await expect(c.page.getByRole("button", { name: c.w.switcher })).toHaveAttribute("aria-expanded", "false");
        },
      },
    ],
    after: async (c) => {
      // The workspaces tooltip: shown on focus, beside its count (not over the next row), gone on Escape.
      await c.page.goto(`/orgs/${c.org}/users`);
      const count = c.page.getByText(c.w.workspaceCount).first();
      await count.focus();
      const tip = c.page.getByRole("tooltip");
      await expect(tip).toBeVisible();
      const [tipBox, countBox] = [await tip.boundingBox(), await count.boundingBox()];
      expect(tipBox!.y, "the tooltip stays on its row").toBeLessThan(countBox!.y + countBox!.height);
      await c.page.keyboard.press("Escape");
      await expect(tip).toBeHidden();
      // Delete a member: its row leaves, focus goes to the next row's same button.
      const [first, second] = c.removableUsers;
      await c.page.goto(`/orgs/${c.org}/users?q=${encodeURIComponent(c.removableSearch)}`);
      await c.page.getByRole("button", { name: c.w.userMenu(first) }).click();
      await c.page.getByRole("menuitem", { name: c.w.delete, exact: true }).click();
      await dialog(c.page).getByRole("button").last().click();
      await expect(c.page.getByRole("button", { name: c.w.userMenu(first) })).toHaveCount(0);
      await expect(c.page.getByRole("button", { name: c.w.userMenu(second) })).toBeFocused();

      // Revoke a pending member's invitation (the walk's own): its row leaves, focus goes to
      // the next row's menu.
      const [pending, other] = c.pendingUsers;
      await menuAction(c, c.w.userMenu(pending), c.w.revokeItem, c.pendingSearch);
      await expectSubmitted(c.page, "after Revoke invitation");
      await expect(c.page.getByRole("button", { name: c.w.userMenu(pending) })).toHaveCount(0);
      await expect(c.page.getByRole("button", { name: c.w.userMenu(other) })).toBeFocused();
      // The other accepts while its Revoke dialog is open: refused, focus on the message that says so.
      await menuAction(c, c.w.userMenu(other), c.w.revokeItem, c.pendingSearch);
      await withAppDatabase((client) =>
        client.query(`UPDATE "Membership" SET status = 'ACTIVE' WHERE "userId" = (SELECT id FROM "User" WHERE name = $1)`, [other]),
      );
      await expectRefusedConfirm(c.page, "revoke an invitation accepted meanwhile", c.w.notPending);
      await c.page.keyboard.press("Escape");
      await expect(dialog(c.page)).toHaveCount(0);

      // Change role in bulk, confirmed, on members of the walk's own: the selection is cleared
      // (its toolbar's buttons go), focus stays on the page.
      await c.page.goto(`/orgs/${c.org}/users?q=${encodeURIComponent(c.bulkSearch)}`);
      await c.page.getByRole("checkbox", { name: c.w.selectPage }).check();
      await openButton(c, c.w.changeRole);
      await dialog(c.page).getByRole("combobox").selectOption("USER_ADMIN");
      await dialog(c.page).getByRole("button").last().click();
      await expect(dialog(c.page).getByRole("status")).not.toBeEmpty();
      const bulk = await expectSubmitted(c.page, "after bulk Confirm");
      expect(bulk.tag, "after bulk Confirm: a control or a heading").toMatch(/^(button|input|a|h\d|caption)$/);
      await expect(c.page.getByRole("checkbox", { name: c.w.selectPage })).not.toBeChecked();
    },
  },
  {
    name: "users-reports",
    route: "/orgs/[slug]/users/reports",
    as: "admin",
    path: (c) => `/orgs/${c.org}/users/reports`,
  },
  {
    // Reached from a user's row menu (Access): the page of one person's capabilities.
    name: "person-access",
    route: "/orgs/[slug]/users/access/[userId]",
    as: "admin",
    path: (c) => `/orgs/${c.org}/users?q=Emma%20Wilson`,
    ready: async (c) => {
      await c.page.getByRole("button", { name: c.w.userMenu("Emma Wilson") }).click();
      await c.page.getByRole("menuitem", { name: c.lang === "fr" ? "Accès" : "Access", exact: true }).click();
      await expect(c.page.getByRole("heading", { level: 1, name: /Emma Wilson/ })).toBeVisible();
    },
  },
  {
    name: "workspaces",
    route: "/orgs/[slug]/workspaces",
    as: "admin",
    path: (c) => `/orgs/${c.org}/workspaces`,
    states: [
      {
        name: "new-workspace",
        open: (c) => openButton(c, c.w.newWorkspace),
        check: (c) => expectRefusedSubmit(c.page, "new workspace, Create with no name", c.w.fieldError),
      },
      {
        name: "row-menu",
        notDialog: true,
        open: async (c) => {
          await c.page.getByRole("button", { name: c.w.userMenu("Marketing") }).click();
          await expect(c.page.getByRole("menu")).toBeVisible();
        },
        close: (c) => closeMenu(c, c.w.userMenu("Marketing")),
      },
      {
        name: "rename",
        open: (c) => menuAction(c, c.w.userMenu("Marketing"), c.w.rename),
        check: (c) => renameRefused(c, "workspaces, Rename with no name"),
        // Carried out with the name it has (nothing changes for the other tests): focus back on the row's menu.
        close: async (c) => {
          await dialog(c.page).getByRole("textbox").fill("Marketing");
          await expectSubmitted(c.page, "workspaces, after Rename");
          await expect(c.page.getByRole("button", { name: c.w.userMenu("Marketing") })).toBeFocused();
        },
      },
      // Deleting the demo's Marketing would take the workspace page's dialogs with it: carried
      // out in `after`, on a workspace of the walk's own.
      { name: "delete", open: (c) => menuAction(c, c.w.userMenu("Marketing"), c.w.delete) },
    ],
    // A workspace of the walk's own, created, then deleted: its row leaves, focus stays on the page.
    after: async (c) => {
      const name = `Walk ${c.tag}`;
      await openButton(c, c.w.newWorkspace);
      await dialog(c.page).getByRole("textbox").fill(name);
      await expectSubmitted(c.page, "after New workspace");
      await c.page.goto(`/orgs/${c.org}/workspaces?q=${encodeURIComponent(name)}`);
      await menuAction(c, c.w.userMenu(name), c.w.delete);
      await expectSubmitted(c.page, "after Delete workspace");
      await expect(c.page.getByRole("button", { name: c.w.userMenu(name) })).toHaveCount(0);
      await expectFocusNotLost(c.page, "after Delete workspace");
    },
  },
  {
    name: "workspace",
    route: "/orgs/[slug]/workspaces/[workspaceId]",
    as: "admin",
    path: (c) => `/orgs/${c.org}/workspaces/${c.workspaceId}`,
    states: [
      {
        name: "rename",
        open: (c) => openButton(c, `${c.w.rename} Marketing`),
        check: (c) => renameRefused(c, "workspace, Rename with no name"),
        // Carried out with the name it has: focus back on Rename.
        close: async (c) => {
          await dialog(c.page).getByRole("textbox").fill("Marketing");
          await expectSubmitted(c.page, "workspace, after Rename");
          await expect(c.page.getByRole("button", { name: `${c.w.rename} Marketing` })).toBeFocused();
        },
      },
      // The list's Delete dialog (carried out there, on a workspace of the walk's own): here it
      // would delete the demo's Marketing.
      { name: "delete", open: (c) => openButton(c, `${c.w.delete} Marketing`) },
      {
        name: "add-member",
        open: async (c) => {
          await openButton(c, c.w.addMember);
          await expect(dialog(c.page).getByRole("listitem").first()).toBeVisible();
        },
        // Adding the walk's first candidate takes its line out of the results: focus goes to the next one's Add, and it is said.
        close: async (c) => {
          const [first, second] = c.candidates;
          const add = (name: string) => dialog(c.page).getByRole("button", { name: `${c.w.add} ${name}`, exact: true });
          await dialog(c.page).getByRole("searchbox").fill(c.candidates[0].replace(/ \w+$/, ""));
          await expect(add(second)).toBeVisible();
          await expect(dialog(c.page).getByRole("listitem")).toHaveCount(2);
          await add(first).click();
          await expect(add(first)).toHaveCount(0);
          await expect(dialog(c.page).getByRole("status")).toContainText(first);
          await expect(add(second)).toBeFocused();
          await c.page.keyboard.press("Escape");
          await expect(dialog(c.page)).toHaveCount(0);
          await expect(c.page.getByRole("button", { name: c.w.addMember })).toBeFocused();
        },
      },
      {
        name: "member-menu",
        notDialog: true,
        open: async (c) => {
          await c.page.getByRole("button", { name: c.w.memberMenu("Hannah Schmidt") }).click();
          await expect(c.page.getByRole("menu")).toBeVisible();
        },
        close: (c) => closeMenu(c, c.w.memberMenu("Hannah Schmidt")),
      },
      {
        // The candidate Add member added: its row leaves, focus goes to the next row's menu (else the previous, else the heading).
        name: "remove-member",
        open: (c) => menuAction(c, c.w.memberMenu(c.candidates[0]), c.w.removeItem),
        close: async (c) => {
          await expectSubmitted(c.page, "after Remove member");
          await expect(c.page.getByRole("button", { name: c.w.memberMenu(c.candidates[0]) })).toHaveCount(0);
          const now = await expectFocusNotLost(c.page, "after Remove member");
          expect(now.tag, "after Remove member: another member's menu, or the table's heading").toMatch(/^(button|h\d|caption)$/);
        },
      },
      {
        // Adding a contact to the demo's Marketing would change what other tests see: refused
        // here, carried out in `after` on a workspace of the walk's own.
        name: "add-workspace-contact",
        open: (c) => openButton(c, c.w.addWorkspaceContact),
        check: (c) => expectRefusedSubmit(c.page, "add workspace contact, Save with no name", c.w.fieldError),
      },
      {
        name: "contact-menu",
        notDialog: true,
        open: async (c) => {
          await c.page.getByRole("button", { name: c.w.contactMenu("Emma Laurent") }).click();
          await expect(c.page.getByRole("menu")).toBeVisible();
        },
        close: (c) => closeMenu(c, c.w.contactMenu("Emma Laurent")),
      },
      {
        // Its select holds only the workspace's members: no refusal to reach. Carried out with
        // the member already chosen (nothing changes): focus back on the contact's menu.
        name: "assign",
        open: (c) => menuAction(c, c.w.contactMenu("Emma Laurent"), c.w.assign),
        close: async (c) => {
          await expectSubmitted(c.page, "after Assign");
          await expect(c.page.getByRole("button", { name: c.w.contactMenu("Emma Laurent") })).toBeFocused();
        },
      },
    ],
    // Add workspace contact carried out on the walk's own workspace: refused with no name, then
    // added (focus back on Add workspace contact, the new contact listed).
    after: async (c) => {
      await c.page.goto(`/orgs/${c.org}/workspaces/${c.ownWorkspaceId}`);
      await openButton(c, c.w.addWorkspaceContact);
      await expectRefusedSubmit(c.page, "own workspace, add workspace contact with no name", c.w.fieldError);
      const name = `Walk Person ${c.tag}`;
      await dialog(c.page).getByRole("textbox").first().fill(name);
      await expectSubmitted(c.page, "after Add workspace contact");
      await expect(c.page.getByRole("button", { name: c.w.addWorkspaceContact })).toBeFocused();
      await expect(c.page.getByRole("button", { name: c.w.contactMenu(name) })).toBeVisible();
    },
  },
  {
    name: "settings",
    route: "/orgs/[slug]/settings",
    as: "admin",
    path: (c) => `/orgs/${c.org}/settings`,
    // Its billing details dialog is the Billing page's (walked there).
    states: [
      {
        name: "edit-information",
        open: (c) => openBy(c, c.w.editInformation),
        check: async (c) => {
          await dialog(c.page).getByRole("textbox").first().fill("");
          await expectRefusedSubmit(c.page, "organization information, Save with no name", c.w.fieldError);
        },
      },
    ],
  },
  {
    name: "settings-plan",
    route: "/orgs/[slug]/settings/plan",
    as: "admin",
    path: (c) => `/orgs/${c.org}/settings/plan`,
    states: [
      {
        // Its radios always hold a plan: no refusal to reach. Carried out with the current plan
        // (nothing changes): focus back on Change plan.
        name: "change-plan",
        open: (c) => openBy(c, c.w.changePlan),
        close: async (c) => {
          await expectSubmitted(c.page, "after Change plan");
          await expect(c.page.getByRole("button", { name: c.w.changePlan })).toBeFocused();
        },
      },
    ],
  },
  {
    name: "settings-domains",
    route: "/orgs/[slug]/settings/domains",
    as: "admin",
    path: (c) => `/orgs/${c.org}/settings/domains`,
    states: [
      {
        // The demo's domain: opened and closed only (carried out in `after`, on the walk's own).
        name: "remove-domain",
        open: async (c) => {
          await c.page.getByRole("button", { name: c.w.remove }).click();
          await expect(dialog(c.page)).toBeVisible();
        },
      },
    ],
    // The demo's domain stays: the walk adds one of its own, then removes it.
    after: async (c) => {
      const field = c.page.getByRole("textbox", { name: c.w.domain, exact: true });
      const add = c.page.getByRole("button", { name: c.w.addDomain, exact: true });
      await field.fill("not a domain");
      await expectRefusedSubmit(c.page, "add domain, a bad domain", /example\.com|exemple\.fr/, add);
      const domain = `walk-${c.tag}.test`.toLowerCase();
      await field.fill(domain);
      await add.click();
      await expect(c.page.getByRole("status").filter({ hasText: domain })).toHaveCount(1);
      await expectFocusNotLost(c.page, "after Add domain");
      const remove = c.page.getByRole("button", { name: new RegExp(`^${c.w.removeItem} ${domain.replace(/[.]/g, "\\.")}`) });
      await remove.click();
      await expect(dialog(c.page)).toBeVisible();
      await expectSubmitted(c.page, "after Remove domain");
      await expect(remove).toHaveCount(0);
      const now = await expectFocusNotLost(c.page, "after Remove domain");
      expect(now.tag, "after Remove domain: another domain's Remove, or the table's heading").toMatch(/^(button|h\d|caption)$/);
    },
  },
  {
    // The cancel dialog only (opened, then closed without cancelling: the demo organization
    // stays active). The cancelled state (banner, Delete now) is walked by subscription.spec.ts.
    name: "settings-subscription",
    route: "/orgs/[slug]/settings/subscription",
    as: "admin",
    path: (c) => `/orgs/${c.org}/settings/subscription`,
    states: [
      {
        name: "cancel-subscription",
        open: async (c) => {
          await c.page.getByRole("button", { name: c.w.cancelSubscription }).click();
          await expect(dialog(c.page)).toBeVisible();
        },
        check: async (c) => {
          await dialog(c.page).getByRole("textbox").fill("Not the name");
          await expectRefusedSubmit(c.page, "cancel subscription, another name typed", /exactly|exactement/);
        },
      },
    ],
    // Carried out on an organization of the walk's own (read-only once cancelled): refused with
    // another name, then cancelled; its button goes, focus on the page's heading or a control.
    after: async (c) => {
      await joinOrganization(c.adminEmail, c.cancelOrg.slug);
      await c.page.goto(`/orgs/${c.cancelOrg.slug}/settings/subscription`);
      const open = c.page.getByRole("button", { name: c.w.cancelSubscription });
      await open.click();
      await expect(dialog(c.page)).toBeVisible();
      await dialog(c.page).getByRole("textbox").fill("Not the name");
      await expectRefusedSubmit(c.page, "own organization, cancel subscription, another name typed", /exactly|exactement/);
      await dialog(c.page).getByRole("textbox").fill(c.cancelOrg.name);
      const now = await expectSubmitted(c.page, "after Cancel subscription");
      await expect(open).toHaveCount(0);
      expect(now.tag, "after Cancel subscription: a control or a heading").toMatch(/^(button|a|h\d|caption)$/);
    },
  },
  { name: "settings-emails", route: "/orgs/[slug]/settings/emails", as: "admin", path: (c) => `/orgs/${c.org}/settings/emails` },
  { name: "settings-audit", route: "/orgs/[slug]/settings/audit", as: "admin", path: (c) => `/orgs/${c.org}/settings/audit` },
  { name: "settings-export", route: "/orgs/[slug]/settings/export", as: "admin", path: (c) => `/orgs/${c.org}/settings/export` },
  {
    // Creating a key shows its secret once, in a dialog (each walk run adds one key to the demo organization).
    name: "settings-api-keys",
    route: "/orgs/[slug]/settings/api-keys",
    as: "admin",
    path: (c) => `/orgs/${c.org}/settings/api-keys`,
    states: [
      {
        name: "new-api-key-secret",
        open: async (c) => {
          await c.page.getByLabel(c.w.apiKeyName, { exact: true }).fill(`Walk ${c.tag}`);
          await openBy(c, c.w.createApiKey);
        },
        // Nothing to submit: the secret is shown once. Closed, focus stays on the page.
        close: async (c) => {
          await c.page.keyboard.press("Escape");
          await expect(dialog(c.page)).toHaveCount(0);
          await expectFocusNotLost(c.page, "after the new key's secret");
        },
      },
    ],
    after: async (c) => {
      await c.page.getByLabel(c.w.apiKeyName, { exact: true }).fill("");
      await expectRefusedSubmit(c.page, "create key with no name", c.w.fieldError, c.page.getByRole("button", { name: c.w.createApiKey }));
      // The walk's key revoked: its row leaves, focus goes to the next key's Revoke, else the previous, else the heading.
      const revoke = c.page.getByRole("button", { name: `${c.w.revokeItem} Walk ${c.tag}`, exact: true });
      await revoke.click();
      await expect(dialog(c.page)).toBeVisible();
      await expectSubmitted(c.page, "after Revoke key");
      await expect(revoke).toHaveCount(0);
      const now = await expectFocusNotLost(c.page, "after Revoke key");
      expect(now.tag, "after Revoke key: another key's Revoke, or the table's heading").toMatch(/^(button|h\d|caption)$/);
    },
  },
  {
    // Adding an endpoint shows its signing secret once, in a dialog (each walk run adds one endpoint to the demo organization).
    name: "settings-webhooks",
    route: "/orgs/[slug]/settings/webhooks",
    as: "admin",
    path: (c) => `/orgs/${c.org}/settings/webhooks`,
    states: [
      {
        name: "new-webhook-secret",
        open: async (c) => {
          await c.page.getByLabel(c.w.webhookUrl, { exact: true }).fill(`https://hooks.example.com/${c.lang}/${c.viewport}`);
          await openBy(c, c.w.addWebhook);
        },
      },
    ],
  },
  {
    name: "settings-notifications",
    route: "/orgs/[slug]/settings/notifications",
    as: "admin",
    path: (c) => `/orgs/${c.org}/settings/notifications`,
    states: [
      {
        // The preview frame shows an email (left out of axe: it is the email's, tested as such).
        name: "preview",
        notDialog: true,
        open: async (c) => {
          await c.page.getByRole("link", { name: c.w.preview }).first().click();
          await expect(c.page.frameLocator('iframe[name="preview"]').getByRole("heading").first()).toBeVisible();
          // Its load is announced, naming the preview.
          await expect(c.page.getByRole("status").filter({ hasText: /^(Preview shown|Aperçu affiché)/ })).toHaveCount(1);
        },
        // Every preview link has a name of its own.
        check: async (c) => {
          const names = await c.page.getByRole("link", { name: c.w.preview }).evaluateAll((links) => links.map((link) => link.textContent));
          expect(names.length).toBeGreaterThan(1);
          expect(new Set(names).size, "preview links with the same name").toBe(names.length);
        },
        close: async () => {},
      },
    ],
  },

  // Billing, with the walk's own order, license, invoice and quote.
  {
    name: "billing",
    route: "/orgs/[slug]/billing",
    as: "admin",
    path: (c) => `/orgs/${c.org}/billing`,
    states: [
      {
        name: "billing-details",
        open: (c) => openBy(c, c.w.editBillingDetails),
        check: async (c) => {
          await dialog(c.page).getByLabel(c.w.country).fill("X1");
          await expectRefusedSubmit(c.page, "billing details, a country that is no code", /2-letter|2 lettres/);
        },
      },
    ],
    // Saved on an organization of the walk's own (the demo's details stay): refused first, then
    // saved; focus back on Edit billing details.
    after: async (c) => {
      await joinOrganization(c.adminEmail, c.billingOrg);
      await c.page.goto(`/orgs/${c.billingOrg}/billing`);
      await openBy(c, c.w.editBillingDetails);
      await dialog(c.page).getByLabel(c.w.country).fill("X1");
      await expectRefusedSubmit(c.page, "own organization, billing details, a country that is no code", /2-letter|2 lettres/);
      await dialog(c.page).getByLabel(c.w.country).fill("FR");
      await expectSubmitted(c.page, "after Save billing details");
      await expect(c.page.getByRole("button", { name: c.w.editBillingDetails })).toBeFocused();
    },
  },
  { name: "billing-orders", route: "/orgs/[slug]/billing/orders", as: "admin", path: (c) => `/orgs/${c.org}/billing/orders` },
  {
    name: "billing-order-new",
    route: "/orgs/[slug]/billing/orders/new",
    as: "admin",
    path: (c) => `/orgs/${c.org}/billing/orders/new`,
    after: async (c) => {
      await expectRefusedSubmit(c.page, "place order with nothing", c.w.fieldError, c.page.getByRole("button", { name: c.w.placeOrder }));
      // Choosing a suggested contact replaces the suggestions: focus goes to the choice's own button.
      await c.page.getByLabel(c.w.existingContact).first().fill("Sarah");
      await c.page
        .getByRole("button", { name: /^(Choose|Choisir) Sarah Johnson/ })
        .first()
        .click();
      await expect(c.page.getByRole("button", { name: c.w.chooseAnother })).toBeFocused();
    },
  },
  {
    name: "billing-order",
    route: "/orgs/[slug]/billing/orders/[orderId]",
    as: "admin",
    path: (c) => `/orgs/${c.org}/billing/orders/${c.billing.orderId}`,
    states: [
      {
        name: "assign-seat",
        open: (c) => openBy(c, c.w.assignSeat),
        check: async (c) => {
          await dialog(c.page).getByRole("textbox").fill("not-an-email");
          await expectRefusedSubmit(c.page, "assign a seat, not an email", c.w.fieldError);
        },
        // Carried out for an address of the walk's own (a seat is left for the licenses page): focus back on Assign.
        close: async (c) => {
          await dialog(c.page).getByRole("textbox").fill(`seat2-${c.tag}@acme.test`.toLowerCase());
          await expectSubmitted(c.page, "after Assign a seat");
        },
      },
      // Carried out on the licenses page (the same dialog).
      { name: "revoke-seat", open: (c) => openBy(c, c.w.revokeSeat(c.billing.seatEmail)) },
    ],
  },
  {
    name: "billing-invoices",
    route: "/orgs/[slug]/billing/invoices",
    as: "admin",
    path: (c) => `/orgs/${c.org}/billing/invoices`,
    states: [
      {
        // Carried out on the invoice's page (the same dialog).
        name: "mark-paid",
        open: (c) => openBy(c, c.w.markPaidNamed(c.billing.invoiceNumber)),
        check: async (c) => {
          await dialog(c.page).getByLabel(c.w.paymentDate).fill("2000-01-01");
          await expectRefusedSubmit(c.page, "invoices, mark as paid, a date before the invoice", /before|précéder/);
        },
      },
    ],
  },
  {
    name: "billing-invoice",
    route: "/orgs/[slug]/billing/invoices/[invoiceId]",
    as: "admin",
    path: (c) => `/orgs/${c.org}/billing/invoices/${c.billing.invoiceId}`,
    states: [
      {
        name: "mark-paid",
        open: (c) => openBy(c, c.w.markPaid),
        check: async (c) => {
          await dialog(c.page).getByLabel(c.w.paymentDate).fill("2000-01-01");
          await expectRefusedSubmit(c.page, "mark as paid, a date before the invoice", /before|précéder/);
        },
        // Carried out: the button is gone with the invoice paid; focus goes to the invoice's heading, not the body.
        close: async (c) => {
          await dialog(c.page).getByLabel(c.w.paymentDate).fill(new Date().toISOString().slice(0, 10));
          await dialog(c.page).getByRole("button").last().click();
          await expect(dialog(c.page)).toHaveCount(0);
          await expect(c.page.getByRole("button", { name: c.w.markPaid })).toHaveCount(0);
          const now = await expectFocusNotLost(c.page, "after Mark as paid");
          expect(now.tag).toMatch(/^(button|a|h\d|caption)$/);
        },
      },
    ],
  },
  { name: "billing-quotes", route: "/orgs/[slug]/billing/quotes", as: "admin", path: (c) => `/orgs/${c.org}/billing/quotes` },
  { name: "billing-quote-new", route: "/orgs/[slug]/billing/quotes/new", as: "admin", path: (c) => `/orgs/${c.org}/billing/quotes/new` },
  {
    name: "billing-quote",
    route: "/orgs/[slug]/billing/quotes/[quoteId]",
    as: "admin",
    path: (c) => `/orgs/${c.org}/billing/quotes/${c.billing.quoteId}`,
  },
  {
    name: "billing-licenses",
    route: "/orgs/[slug]/billing/licenses",
    as: "admin",
    path: (c) => `/orgs/${c.org}/billing/licenses`,
    states: [
      {
        // Carried out on the order's page (the same dialog).
        name: "assign-seat",
        open: (c) => openBy(c, c.w.assignSeat, walkLicense(c)),
        check: async (c) => {
          await dialog(c.page).getByRole("textbox").fill("not-an-email");
          await expectRefusedSubmit(c.page, "licenses, assign a seat, not an email", c.w.fieldError);
        },
      },
      {
        name: "revoke-seat",
        open: (c) => openBy(c, c.w.revokeSeat(c.billing.seatEmail)),
        // Carried out: the seat's row leaves; focus goes to the next seat's control, or the heading.
        close: async (c) => {
          await dialog(c.page).getByRole("button").last().click();
          await expect(dialog(c.page)).toHaveCount(0);
          await expect(c.page.getByRole("button", { name: c.w.revokeSeat(c.billing.seatEmail) })).toHaveCount(0);
          await expectFocusNotLost(c.page, "after Revoke seat");
        },
      },
    ],
  },
  { name: "forbidden", route: "(forbidden)", as: "admin", path: (c) => `/orgs/${c.memberOrg}/contacts` },
  { name: "mailbox", route: "/dev/mailbox", as: "admin", path: () => "/dev/mailbox" },
  {
    name: "mailbox-email",
    route: "/dev/mailbox/[id]",
    as: "admin",
    path: () => "/dev/mailbox",
    ready: async (c) => {
      await c.page
        .getByRole("link", { name: /^(Open|Ouvrir)/ })
        .first()
        .click();
      await expect(c.page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    },
  },
];
