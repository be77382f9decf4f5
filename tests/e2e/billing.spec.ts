import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signInByEmail, uniqueEmail } from "./support/auth";
import { createOwnOrganization } from "./support/own-organization";

// Each test in an organization of its own (support/own-organization.ts), whose orders and
// invoices are its alone: orders placed here never show in another spec's lists.

/** axe (WCAG 2.0/2.1/2.2 A and AA) finds nothing on the page as it is now (dialogs included). */
async function expectAccessible(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(result.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const LABELS = {
  en: {
    orders: "Orders",
    invoices: "Invoices",
    quotes: "Quotes",
    licenses: "Licenses",
    overview: "Overview",
    billingNav: "Billing",
    requestQuote: "Request a quote",
    editDetails: "Edit billing details",
    close: "Close",
    assign: /^Assign a seat of/,
    statusFilter: "Status",
    openStatus: "OPEN",
    billingGroup: "Billing contact",
    billingSame: "Send the invoice to the licensee",
    existing: "Existing contact",
    choose: /^Choose Anna Kowalski/,
    chosen: /^Chosen: Anna Kowalski/,
    placeOrder: "Place order",
    product: /^Product/,
    quantity: /^Quantity/,
    licensee: "Licensee",
    name: "Name",
    email: "Email",
    submit: "Place order",
    placed: /Order \d{4}-\d{4} was placed: invoice INV-\d{4}-\d{4} is on its way/,
    orderTitle: /^Order (\d{4}-\d{4})$/,
    invoiceLink: /^Invoice INV-/,
    invoiceTitle: /^Invoice (INV-\d{4}-\d{4})$/,
    downloadPdf: "Download PDF",
    markPaid: "Mark as paid",
    markPaidTitle: (n: string) => new RegExp(`^Mark invoice ${n} as paid\\?$`),
    markedPaid: (n: string) => `Invoice ${n} is marked as paid.`,
    paid: "Paid",
    open: "Open",
    notFound: "Not found",
    licensesHeading: "Licenses",
    invoiceHeading: "Invoice",
    paymentDate: "Payment date",
    anyOrder: /^Order \S+$/,
    anyInvoice: /^Invoice \S+$/,
    notifications: "Notifications",
    certificate: "Order placed: license certificate",
    why: (n: string) => `Licensee of order ${n}`,
  },
  fr: {
    orders: "Commandes",
    invoices: "Factures",
    quotes: "Devis",
    licenses: "Licences",
    overview: "Vue d’ensemble",
    billingNav: "Facturation",
    requestQuote: "Demander un devis",
    editDetails: "Modifier les coordonnées de facturation",
    close: "Fermer",
    assign: /^Attribuer un siège de/,
    statusFilter: "État",
    openStatus: "OPEN",
    billingGroup: "Contact de facturation",
    billingSame: "Envoyer la facture au licencié",
    existing: "Contact existant",
    choose: /^Choisir Anna Kowalski/,
    chosen: /^Choisi\s: Anna Kowalski/,
    placeOrder: "Passer une commande",
    product: /^Produit/,
    quantity: /^Quantité/,
    licensee: "Licencié",
    name: "Nom",
    email: "E-mail",
    submit: "Passer la commande",
    placed: /La commande \d{4}-\d{4} est passée\s: la facture INV-\d{4}-\d{4} part vers le contact de facturation/,
    orderTitle: /^Commande (\d{4}-\d{4})$/,
    invoiceLink: /^Facture INV-/,
    invoiceTitle: /^Facture (INV-\d{4}-\d{4})$/,
    downloadPdf: "Télécharger le PDF",
    markPaid: "Marquer comme payée",
    markPaidTitle: (n: string) => new RegExp(`^Marquer la facture ${n} comme payée\\s\\?$`),
    markedPaid: (n: string) => new RegExp(`La facture ${n} est marquée comme payée\\.`),
    paid: "Payée",
    open: "À payer",
    notFound: /Page introuvable|Introuvable|Not found/,
    licensesHeading: "Licences",
    invoiceHeading: "Facture",
    paymentDate: "Date du paiement",
    anyOrder: /^Commande \S+$/,
    anyInvoice: /^Facture \S+$/,
    notifications: "Notifications",
    certificate: "Commande passée\u202F: certificat de licence",
    why: (n: string) => `Licencié de la commande ${n}`,
  },
} as const;

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers 404`).toBe(404);
}

for (const locale of ["en", "fr"] as const) {
  const L = LABELS[locale];
  test(`billing (${locale}): place an order for a new licensee, invoice PDF, mark paid; the licensee sees that order only; a member gets 404`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000); // four people sign in by emailed link
    const org = await createOwnOrganization(`Billing ${locale}`);
    const at = (path: string) => `/orgs/${org.slug}${path}`;
    // A billing admin places an order naming a new licensee.
    await signInByEmail(page, org.people.billingAdmin.email, { callbackUrl: at("/billing/orders"), locale });
    await expect(page.getByRole("heading", { name: L.orders, level: 1 })).toBeVisible();
    await page.getByRole("link", { name: L.placeOrder }).click();
    await expect(page.getByRole("heading", { name: L.placeOrder, level: 1 })).toBeVisible();
    await page.getByLabel(L.product).selectOption("cloud-business");
    await page.getByLabel(L.quantity).fill("3");
    const licenseeEmail = uniqueEmail(`licensee-${locale}`);
    const licensee = page.getByRole("group", { name: L.licensee });
    await licensee.getByLabel(L.name, { exact: true }).fill(`Nadia Licensee ${locale}`);
    await licensee.getByLabel(L.email, { exact: true }).fill(licenseeEmail);
    // The invoice goes to an existing contact, picked from the list (not the licensee).
    const billingContact = page.getByRole("group", { name: L.billingGroup });
    await billingContact.getByRole("checkbox", { name: L.billingSame }).uncheck();
    await billingContact.getByLabel(L.existing).fill("anna kow");
    await billingContact.getByRole("button", { name: L.choose }).click();
    await expect(billingContact.getByRole("status").filter({ hasText: L.chosen })).toBeVisible();
    await page.getByRole("button", { name: L.submit }).click();
    await expect(page.getByRole("status").filter({ hasText: L.placed })).toBeVisible();
    const orderNumber = (await page.getByRole("heading", { level: 1 }).innerText()).match(L.orderTitle)?.[1];
    expect(orderNumber).toBeTruthy();
    const orderUrl = page.url().replace(/\?.*$/, "");

    // Its invoice: the page, the PDF, Mark as paid.
    await page.getByRole("link", { name: L.invoiceLink }).click();
    await expect(page.getByRole("heading", { level: 1, name: L.invoiceTitle })).toBeVisible();
    const invoiceNumber = (await page.getByRole("heading", { level: 1 }).innerText()).match(L.invoiceTitle)?.[1];
    expect(invoiceNumber).toBeTruthy();
    const invoiceUrl = page.url();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: L.downloadPdf }).click()]);
    expect(download.suggestedFilename()).toBe(`${invoiceNumber}.pdf`);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    await page.getByRole("button", { name: L.markPaid }).click();
    const dialog = page.getByRole("dialog", { name: L.markPaidTitle(invoiceNumber!) });
    await expect(dialog.getByLabel(L.paymentDate)).toBeFocused();
    await dialog.getByRole("button", { name: L.markPaid }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: L.markedPaid(invoiceNumber!) })).toBeVisible();
    await expect(page.getByRole("article")).toContainText(L.paid);
    await expect(page.getByRole("button", { name: L.markPaid })).toHaveCount(0);

    // Settings → Notifications names the new licensee as the recipient of that order's license certificate (org admins see it).
    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await signInByEmail(adminPage, org.people.admin.email, { callbackUrl: at("/settings/notifications"), locale });
    const certificate = adminPage.getByRole("region", { name: L.certificate });
    const recipient = certificate.getByRole("row", { name: new RegExp(`Nadia Licensee ${locale}`) });
    await expect(recipient.getByRole("cell", { name: L.why(orderNumber!) })).toBeVisible();
    await adminContext.close();

    // The licensee signs in with that email: that order and its licenses, nothing else.
    const licenseeContext = await browser.newContext();
    const licenseePage = await licenseeContext.newPage();
    await signInByEmail(licenseePage, licenseeEmail, { callbackUrl: at("/billing/orders"), locale });
    await expect(licenseePage.getByRole("heading", { name: L.orders, level: 1 })).toBeVisible();
    const billingNav = licenseePage.getByRole("navigation", { name: L.billingNav });
    await expect(billingNav.getByRole("link")).toHaveText([L.overview, L.orders, L.licenses]);
    const rows = licenseePage.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(2); // header + the one order
    await rows.getByRole("link", { name: orderNumber! }).click();
    await expect(licenseePage.getByRole("heading", { name: L.licensesHeading, level: 2 })).toBeVisible();
    await expect(licenseePage.getByRole("heading", { name: L.invoiceHeading, level: 2 })).toHaveCount(0);
    await expectNotFound(licenseePage, invoiceUrl);
    await expectNotFound(licenseePage, at("/billing/invoices"));
    await expectNotFound(licenseePage, at("/billing/quotes"));
    expect((await licenseePage.request.get(`${invoiceUrl}/pdf`)).status()).toBe(404);
    await licenseePage.goto(at("/billing/licenses"));
    await expect(licenseePage.getByRole("table").getByRole("row")).toHaveCount(2);
    await licenseeContext.close();

    // A member gets 404 on every billing page, and no Billing in the navigation.
    const memberContext = await browser.newContext();
    const memberPage = await memberContext.newPage();
    await signInByEmail(memberPage, org.people.member.email, { callbackUrl: at(""), locale });
    await expect(memberPage.getByRole("link", { name: L.billingNav, exact: true })).toHaveCount(0);
    for (const path of [
      at("/billing"),
      at("/billing/orders"),
      at("/billing/orders/new"),
      orderUrl.replace(/^https?:\/\/[^/]+/, ""),
      invoiceUrl.replace(/^https?:\/\/[^/]+/, ""),
      at("/billing/licenses"),
    ]) {
      await expectNotFound(memberPage, path);
    }
    expect((await memberPage.request.get(`${invoiceUrl}/pdf`)).status()).toBe(404);
    await memberContext.close();
  });
}

for (const locale of ["en", "fr"] as const) {
  const L = LABELS[locale];
  test(`billing (${locale}): every billing page and dialog passes axe`, async ({ page }) => {
    test.setTimeout(120_000);
    // Its own organization holds an order, its license, its open invoice and a quote: each page has a row to open.
    const org = await createOwnOrganization(`Billing axe ${locale}`);
    const at = (path: string) => `/orgs/${org.slug}${path}`;
    await signInByEmail(page, org.people.admin.email, { callbackUrl: at("/billing"), locale });
    await expectAccessible(page, "overview");
    await page.getByRole("button", { name: L.editDetails }).click();
    const details = page.getByRole("dialog", { name: L.editDetails });
    await expect(details).toBeVisible();
    await expectAccessible(page, "billing details dialog");
    await details.getByRole("button", { name: L.close }).click();
    await expect(details).toBeHidden();

    await page.goto(at("/billing/orders"));
    await expectAccessible(page, "orders");
    await page.getByRole("link", { name: L.placeOrder }).click();
    await expect(page.getByRole("heading", { name: L.placeOrder, level: 1 })).toBeVisible();
    await expectAccessible(page, "place order");
    await page.goto(at("/billing/orders"));
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: L.anyOrder, level: 1 })).toBeVisible();
    await expectAccessible(page, "order");

    await page.goto(at("/billing/invoices?status=OPEN"));
    await expectAccessible(page, "invoices");
    await page.getByRole("table").getByRole("link", { name: /^INV-/ }).first().click();
    await expect(page.getByRole("heading", { name: L.anyInvoice, level: 1 })).toBeVisible();
    await expectAccessible(page, "invoice");
    await page.getByRole("button", { name: L.markPaid }).click();
    const paid = page.getByRole("dialog");
    await expect(paid.getByLabel(L.paymentDate)).toBeFocused();
    await expectAccessible(page, "mark paid dialog");
    // Focus stays in the dialog: Tab from its last control comes back to its first.
    await paid.getByRole("button", { name: L.markPaid }).focus();
    await page.keyboard.press("Tab");
    await expect(paid.getByRole("button", { name: L.close })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(paid).toBeHidden();

    await page.goto(at("/billing/licenses"));
    await expectAccessible(page, "licenses");
    await page.getByRole("button", { name: L.assign }).first().click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectAccessible(page, "assign seat dialog");
    await page.keyboard.press("Escape");

    await page.goto(at("/billing/quotes"));
    await expectAccessible(page, "quotes");
    await page.getByRole("link", { name: L.requestQuote }).click();
    await expect(page.getByRole("heading", { name: L.requestQuote, level: 1 })).toBeVisible();
    await expectAccessible(page, "request a quote");
    await page.goto(at("/billing/quotes"));
    await page.getByRole("table").getByRole("link").first().click();
    await expectAccessible(page, "quote");
  });
}
