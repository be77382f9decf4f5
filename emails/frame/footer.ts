// The footer of every email: why this person receives it (the SPEC §3 rules that matched,
// from the routing table) and, for an organization's notifications, where its contact
// settings are managed.
import { appUrl } from "@/lib/config";
import { translator, type Locale } from "@/lib/i18n";
import type { RecipientReason } from "@/lib/notifications/events";
import { PERSONAL_RULES } from "@/lib/notifications/rules";
import { routes } from "@/lib/routes";

export type EmailFooter = {
  why: string;
  /** "Administrators of Acme choose who receives its emails: contact settings" (a link). */
  settings?: { before: string; label: string; url: string };
};

export type FooterOrganization = { name: string; slug: string };

const listFormats = new Map<Locale, Intl.ListFormat>();

/** "a, b and c" / "a, b et c" (built once per language: building one costs more than using it). */
function listFormat(locale: Locale): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { style: "long", type: "conjunction" })));
  return format;
}

/** "you are the billing contact of order 2026-0042", one per reason. */
export function reasonPhrases(locale: Locale, reasons: readonly RecipientReason[], organizationName: string): string[] {
  const t = translator(locale);
  return reasons.map((reason) =>
    t(`notificationEmails.why.${reason.rule}`, { org: organizationName, order: reason.orderNumber ?? "", quote: reason.quoteNumber ?? "" }),
  );
}

export function emailFooter(locale: Locale, reasons: readonly RecipientReason[], organization: FooterOrganization | null): EmailFooter {
  const t = translator(locale);
  const phrases = reasonPhrases(locale, reasons, organization?.name ?? "");
  const why = t("notificationEmails.why.sentence", { reasons: listFormat(locale).format(phrases) });
  const asContact = reasons.some((reason) => !PERSONAL_RULES.includes(reason.rule));
  if (!organization || !asContact) return { why };
  return {
    why,
    settings: {
      before: t("notificationEmails.settings.before", { org: organization.name }),
      label: t("notificationEmails.settings.label"),
      url: appUrl(routes.contacts(organization.slug)),
    },
  };
}
