// The organization's life as its admin lives it, in English and in French, each in an
// organization of its own (support/own-organization.ts): edit the information and the URL
// name (the old URL redirects), change plan, export all data and download the ZIP, cancel the
// subscription (typing the name), see the banner and no control that changes anything,
// reactivate; then the audit log shows each step, by whom, and its filters (action, person,
// dates) narrow to them. settings.spec.ts and subscription.spec.ts check each step's details.
import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "./support/fixtures";
import { signInByEmail } from "./support/auth";
import { createOwnOrganization } from "./support/own-organization";

const WORDS = {
  en: {
    settings: "Settings",
    edit: "Edit information",
    name: "Name",
    slug: "URL name",
    save: "Save",
    plan: "Plan",
    changePlan: "Change plan",
    planChanged: "The plan is now Business.",
    exportLink: "Export all data",
    started: "The export has started",
    download: /^Download/,
    ready: "Ready",
    subscription: "Subscription",
    cancel: "Cancel subscription",
    cancelTitle: (org: string) => `Cancel the subscription of ${org}?`,
    confirm: /^Type the organization's name/,
    banner: /^Cancelled — everything will be deleted on /,
    bannerRegion: "Cancelled",
    reactivate: "Reactivate",
    newContact: "New contact",
    auditLink: "Audit log",
    caption: (org: string) => `Audit events of ${org}, newest first`,
    system: "The system",
    action: "Action",
    person: "Person (email)",
    from: "From (UTC)",
    to: "To (UTC)",
    apply: "Apply",
    empty: "No event matches.",
    steps: {
      "organization.information_updated": "Organization information changed",
      "organization.plan_changed": "Plan changed",
      "data_export.requested": "Data export requested",
      "data_export.completed": "Data export ready",
      "data_export.downloaded": "Data export downloaded",
      "subscription.cancelled": "Subscription cancelled",
      "subscription.reactivated": "Subscription reactivated",
    },
  },
  fr: {
    settings: "Paramètres",
    edit: "Modifier les informations",
    name: "Nom",
    slug: /^Nom dans l.URL$/,
    save: "Enregistrer",
    plan: "Formule",
    changePlan: "Changer de formule",
    planChanged: "La formule est désormais Business.",
    exportLink: "Exporter toutes les données",
    started: "L’export a commencé",
    download: /^Télécharger/,
    ready: "Prêt",
    subscription: "Abonnement",
    cancel: "Résilier l’abonnement",
    cancelTitle: (org: string) => `Résilier l’abonnement d’${org}\u202F?`,
    confirm: /^Saisissez le nom de l’organisation/,
    banner: /^Résiliée — tout sera supprimé le /,
    bannerRegion: "Résilié",
    reactivate: "Réactiver",
    newContact: "Nouveau contact",
    auditLink: "Journal d’audit",
    caption: (org: string) => `Événements d’audit d’${org}, les plus récents en premier`,
    system: "Le système",
    action: "Action",
    person: "Personne (e-mail)",
    from: "Du (UTC)",
    to: "Au (UTC)",
    apply: "Appliquer",
    empty: "Aucun événement ne correspond.",
    steps: {
      "organization.information_updated": /^Informations de l.organisation modifiées$/,
      "organization.plan_changed": "Formule modifiée",
      "data_export.requested": "Export des données demandé",
      "data_export.completed": "Export des données prêt",
      "data_export.downloaded": "Export des données téléchargé",
      "subscription.cancelled": "Abonnement résilié",
      "subscription.reactivated": "Abonnement réactivé",
    },
  },
} as const;

type Words = (typeof WORDS)["en" | "fr"];
type Step = keyof Words["steps"];

async function openSettingsCard(page: Page, slug: string, w: Words, card: string | RegExp) {
  await page.goto(`/orgs/${slug}`);
  await page
    .getByRole("navigation", { name: /Organization|Organisation/ })
    .getByRole("link", { name: w.settings })
    .click();
  await page.getByRole("link", { name: card, exact: true }).click();
}

/** The table's event rows (its header row left out). */
const eventRows = (table: Locator) => table.getByRole("row").filter({ has: table.page().getByRole("cell") });

/** The rows of one step: the row whose "What" cell names it. */
const stepRows = (table: Locator, w: Words, step: Step) =>
  eventRows(table).filter({ has: table.page().getByRole("cell", { name: w.steps[step], exact: true }) });

async function applyFilters(page: Page, w: Words, filters: { action?: string; person?: string; from?: string; to?: string }) {
  await page.getByLabel(w.action).selectOption(filters.action ?? "");
  await page.getByLabel(w.person).fill(filters.person ?? "");
  await page.getByLabel(w.from).fill(filters.from ?? "");
  await page.getByLabel(w.to).fill(filters.to ?? "");
  await page.getByRole("button", { name: w.apply }).click();
}

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

for (const lang of ["en", "fr"] as const) {
  test(`${lang}: an org admin renames, changes plan, exports, cancels and reactivates; the audit log shows each step and filters to them`, async ({
    page,
  }) => {
    test.setTimeout(5 * 60_000);
    const w = WORDS[lang];
    const org = await createOwnOrganization(`Journey ${lang}`);
    const admin = org.people.admin;
    await signInByEmail(page, admin.email, { callbackUrl: `/orgs/${org.slug}/settings`, locale: lang });
    const steps = Object.keys(w.steps) as Step[];

    // 1. The information and the URL name; the old URL leads to the new one.
    const slug = `${org.slug}-moved`;
    const name = `${org.name} Moved`;
    await page.getByRole("button", { name: w.edit }).click();
    const edit = page.getByRole("dialog", { name: w.edit });
    await edit.getByLabel(w.name, { exact: true }).fill(name);
    await edit.getByLabel(w.slug).fill(slug);
    await edit.getByRole("button", { name: w.save }).click();
    await expect(edit).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/settings$`));
    await page.goto(`/orgs/${org.slug}/contacts`);
    await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/contacts$`));

    // 2. The plan.
    await openSettingsCard(page, slug, w, w.plan);
    await page.getByRole("button", { name: w.changePlan }).click();
    const change = page.getByRole("dialog", { name: w.changePlan });
    await change.getByRole("radio", { name: /^Business/ }).check();
    await change.getByRole("button", { name: w.changePlan }).click();
    await expect(change).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: w.planChanged })).toBeVisible();

    // 3. Export all data, watch it get ready, download the ZIP.
    await openSettingsCard(page, slug, w, w.exportLink);
    await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/settings/export$`));
    await page.getByRole("button", { name: w.exportLink }).click();
    await expect(page.getByRole("status").filter({ hasText: w.started })).toBeVisible();
    const download = page.getByRole("link", { name: w.download });
    await expect(download).toBeVisible({ timeout: 90_000 });
    await expect(page.getByRole("cell", { name: w.ready, exact: true })).toBeVisible();
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`^${slug}-export-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
    const zip = readFileSync(await file.path());
    expect(zip.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(zip.includes(Buffer.from("contacts.csv"))).toBe(true);
    expect(zip.includes(Buffer.from("audit_events.json"))).toBe(true);

    // 4. Cancel, typing the name: the banner, and no control that would change anything.
    await openSettingsCard(page, slug, w, w.subscription);
    await page.getByRole("button", { name: w.cancel }).click();
    const cancel = page.getByRole("dialog", { name: w.cancelTitle(name) });
    await cancel.getByLabel(w.confirm).fill(name);
    await cancel.getByRole("button", { name: w.cancel }).click();
    await expect(cancel).toBeHidden();
    const banner = page.getByRole("region", { name: w.bannerRegion });
    await expect(banner.getByText(w.banner)).toBeVisible();
    for (const [path, control] of [
      [`/orgs/${slug}/settings`, w.edit],
      [`/orgs/${slug}/settings/plan`, w.changePlan],
      [`/orgs/${slug}/contacts`, w.newContact],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("region", { name: w.bannerRegion })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("button", { name: control })).toHaveCount(0);
    }

    // 5. Reactivate from the banner: the controls are back.
    await page.getByRole("region", { name: w.bannerRegion }).getByRole("button", { name: w.reactivate }).click();
    await expect(page.getByRole("region", { name: w.bannerRegion })).toHaveCount(0);
    await expect(page.getByRole("button", { name: w.newContact })).toBeVisible();

    // 6. The audit log: each step once, newest first, by the admin (the export's readiness by the system).
    await openSettingsCard(page, slug, w, w.auditLink);
    await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/settings/audit$`));
    const table = page.getByRole("table", { name: w.caption(name) });
    for (const step of steps) {
      await expect(stepRows(table, w, step), step).toHaveCount(1);
      await expect(stepRows(table, w, step), step).toContainText(step === "data_export.completed" ? w.system : admin.name);
    }
    await expect(eventRows(table).first()).toContainText(w.steps["subscription.reactivated"]);
    await expect(eventRows(table)).toHaveCount(steps.length);

    // Filters: by action, by person (the admin; the system), by dates.
    await applyFilters(page, w, { action: "subscription.cancelled" });
    await expect(page).toHaveURL(/action=subscription.cancelled/);
    await expect(eventRows(table)).toHaveCount(1);
    await expect(stepRows(table, w, "subscription.cancelled")).toHaveCount(1);

    await applyFilters(page, w, { person: admin.email });
    await expect(page).toHaveURL(/person=/);
    await expect(eventRows(table)).toHaveCount(steps.length - 1);
    await expect(stepRows(table, w, "data_export.completed")).toHaveCount(0);

    await applyFilters(page, w, { person: "system" });
    await expect(eventRows(table)).toHaveCount(1);
    await expect(stepRows(table, w, "data_export.completed")).toHaveCount(1);

    await applyFilters(page, w, { person: admin.email, action: "organization.plan_changed", from: day(0), to: day(0) });
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}|to=\d{4}-\d{2}-\d{2}/);
    await expect(eventRows(table)).toHaveCount(1);
    await expect(stepRows(table, w, "organization.plan_changed")).toHaveCount(1);

    await applyFilters(page, w, { from: day(0), to: day(0) });
    await expect(eventRows(table)).toHaveCount(steps.length);
    await applyFilters(page, w, { from: day(-2), to: day(-1) });
    await expect(table.getByText(w.empty)).toBeVisible();
  });
}
