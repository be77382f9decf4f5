// The cards of Settings that lead to its other pages: one entry per page, shown to whoever
// holds its capability. A new settings page adds its entry here.
import type { Capability } from "@/lib/auth/capabilities";
import type { MessageKey } from "@/lib/i18n";
import { routes } from "@/lib/routes";

export type SettingsCard = {
  key: string;
  href: (slug: string) => string;
  capability: Capability;
  title: MessageKey;
  description: MessageKey;
};

export const SETTINGS_CARDS: readonly SettingsCard[] = [
  {
    key: "plan",
    href: routes.plan,
    capability: "subscription.manage",
    title: "settings.plan.title",
    description: "settings.plan.cardDescription",
  },
  {
    key: "domains",
    href: routes.domains,
    capability: "domains.manage",
    title: "domains.settingsLink",
    description: "domains.settingsLinkDescription",
  },
  {
    key: "emails",
    href: routes.emails,
    capability: "emails.manage",
    title: "outbox.settingsLink",
    description: "outbox.settingsLinkDescription",
  },
  {
    key: "notifications",
    href: routes.notifications,
    capability: "notifications.view",
    title: "notifications.settingsLink",
    description: "notifications.settingsLinkDescription",
  },
  {
    key: "subscription",
    href: routes.subscription,
    capability: "subscription.cancel",
    title: "subscription.settingsLink",
    description: "subscription.settingsLinkDescription",
  },
  {
    key: "audit",
    href: (slug) => routes.auditLog(slug),
    capability: "audit.view",
    title: "audit.settingsLink",
    description: "audit.settingsLinkDescription",
  },
  {
    key: "api-keys",
    href: routes.apiKeys,
    capability: "apiKeys.manage",
    title: "apiKeys.settingsLink",
    description: "apiKeys.settingsLinkDescription",
  },
  {
    key: "webhooks",
    href: (slug) => routes.webhooks(slug),
    capability: "webhooks.manage",
    title: "webhooks.settingsLink",
    description: "webhooks.settingsLinkDescription",
  },
  {
    key: "export",
    href: routes.dataExport,
    capability: "data.export",
    title: "dataExport.settingsLink",
    description: "dataExport.settingsLinkDescription",
  },
];
