// Every path of the app, built in one place: absolute from the site's root (a link never
// depends on the URL of the page that shows it), slugs and ids encoded, query parameters
// named for what they hold. Pages, components, redirects and emails take their links from
// here; emails prefix them with the app's URL (appUrl).
import type { Locale } from "@/lib/i18n/locales";
import type { NotificationKind, RecipientReason } from "@/lib/notifications/events";

/** Query parameters; empty ones (undefined, null, "") are left out. */
export type Query = Record<string, string | number | null | undefined>;

/** A list's defaults: left out of its links, so that each page of a list has one URL. */
const LIST_DEFAULTS: Record<string, string> = { page: "1", size: "25" };

/** "?a=1&b=2" of the parameters given, or "". */
function search(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "" || LIST_DEFAULTS[name] === String(value)) continue;
    params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

const segment = encodeURIComponent;
const organization = (slug: string) => `/orgs/${segment(slug)}`;
const billing = (slug: string) => `${organization(slug)}/billing`;
const settings = (slug: string) => `${organization(slug)}/settings`;

/** Which email of Settings → Notifications to preview: its event, in which language, for which of the recipient's reasons. */
export type NotificationPreviewQuery = { event: NotificationKind; language: Locale; reasons?: readonly RecipientReason[] };

/** A reason as the preview's URL carries it: its rule, and the order's or quote's number it names ("ORDER_BILLING:2026-0042"). */
const reasonParam = ({ rule, orderNumber, quoteNumber }: RecipientReason) => [rule, orderNumber ?? quoteNumber].filter(Boolean).join(":");

export const routes = {
  home: () => "/",
  /** The home page's "create an organization" form. */
  createOrganization: () => "/#create-title",
  signIn: (callbackUrl?: string) => `/signin${search({ callbackUrl })}`,
  signInCheckEmail: () => "/signin/check-email",
  signInError: (query?: Query) => `/signin/error${search(query)}`,
  /** The page the emailed sign-in link opens, with the query of Auth.js's callback it confirms (its own "?…" string). */
  signInConfirm: (callbackSearch: string) => `/signin/confirm${callbackSearch}`,
  invitation: (token: string) => `/invite/${segment(token)}`,
  /** The captured mail of `npm start` (development only). */
  mailbox: () => "/dev/mailbox",
  mailboxEmail: (id: string) => `/dev/mailbox/${segment(id)}`,

  organization: (slug: string) => organization(slug),
  contacts: (slug: string, query?: Query) => `${organization(slug)}/contacts${search(query)}`,
  pendingInvitations: (slug: string) => `${organization(slug)}/contacts#pending-invitations`,
  contactsExport: (slug: string, query?: Query) => `${organization(slug)}/contacts/export${search(query)}`,
  users: (slug: string, query?: Query) => `${organization(slug)}/users${search(query)}`,
  usersReport: (slug: string) => `${organization(slug)}/users/report`,
  accessReport: (slug: string, person?: string) => `${organization(slug)}/users/access${search({ person })}`,
  personAccess: (slug: string, userId: string) => `${organization(slug)}/users/access/${segment(userId)}`,
  usersReports: (slug: string, query?: Query) => `${organization(slug)}/users/reports${search(query)}`,
  userImport: (slug: string) => `${organization(slug)}/users/import`,
  userImportTemplate: (slug: string) => `${organization(slug)}/users/import/template`,
  userImportPreview: (slug: string, importId: string, query?: Query) =>
    `${organization(slug)}/users/import/${segment(importId)}${search(query)}`,
  userImportErrors: (slug: string, importId: string) => `${organization(slug)}/users/import/${segment(importId)}/errors`,
  workspaces: (slug: string, query?: Query) => `${organization(slug)}/workspaces${search(query)}`,
  workspace: (slug: string, workspaceId: string, query?: Query) =>
    `${organization(slug)}/workspaces/${segment(workspaceId)}${search(query)}`,

  billing: (slug: string) => billing(slug),
  orders: (slug: string, query?: Query) => `${billing(slug)}/orders${search(query)}`,
  newOrder: (slug: string) => `${billing(slug)}/orders/new`,
  order: (slug: string, orderId: string, query?: Query) => `${billing(slug)}/orders/${segment(orderId)}${search(query)}`,
  invoices: (slug: string, query?: Query) => `${billing(slug)}/invoices${search(query)}`,
  invoice: (slug: string, invoiceId: string) => `${billing(slug)}/invoices/${segment(invoiceId)}`,
  invoicePdf: (slug: string, invoiceId: string) => `${billing(slug)}/invoices/${segment(invoiceId)}/pdf`,
  quotes: (slug: string, query?: Query) => `${billing(slug)}/quotes${search(query)}`,
  newQuote: (slug: string) => `${billing(slug)}/quotes/new`,
  quote: (slug: string, quoteId: string, query?: Query) => `${billing(slug)}/quotes/${segment(quoteId)}${search(query)}`,
  licenses: (slug: string, query?: Query) => `${billing(slug)}/licenses${search(query)}`,

  settings: (slug: string) => settings(slug),
  domains: (slug: string) => `${settings(slug)}/domains`,
  emails: (slug: string, query?: Query) => `${settings(slug)}/emails${search(query)}`,
  notifications: (slug: string) => `${settings(slug)}/notifications`,
  plan: (slug: string) => `${settings(slug)}/plan`,
  subscription: (slug: string) => `${settings(slug)}/subscription`,
  auditLog: (slug: string, query?: Query) => `${settings(slug)}/audit${search(query)}`,
  auditLogCsv: (slug: string, query?: Query) => `${settings(slug)}/audit/csv${search(query)}`,
  dataExport: (slug: string) => `${settings(slug)}/export`,
  apiKeys: (slug: string) => `${settings(slug)}/api-keys`,
  webhooks: (slug: string, endpointId?: string) =>
    `${settings(slug)}/webhooks${endpointId ? `?endpoint=${encodeURIComponent(endpointId)}` : ""}`,
  apiDocs: () => "/docs/api",
  openApiDocument: () => "/api/v1/openapi.json",
  dataExportDownload: (slug: string, exportId: string) => `${settings(slug)}/export/${segment(exportId)}/download`,
  notificationPreview: (slug: string, { event, language, reasons = [] }: NotificationPreviewQuery) =>
    `${settings(slug)}/notifications/preview${search({ event, language, reasons: reasons.map(reasonParam).join(",") })}`,
};
