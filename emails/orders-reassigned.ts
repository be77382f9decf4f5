// Sent to the replacement when a disabled contact's orders are reassigned (SPEC §4 Disable/Reassign).
import { translator, type Locale } from "@/lib/i18n";
import type { RenderedEmail } from "./rendered-email";
import { renderEmailLayout } from "./layout";

export type OrdersReassignedEmailProps = {
  locale: Locale;
  organization: string;
  previous: string;
  orders: { number: string; licensee: boolean; billing: boolean }[];
  url: string;
};

export function ordersReassignedEmail({ locale, organization, previous, orders, url }: OrdersReassignedEmailProps): RenderedEmail {
  const t = translator(locale);
  const lines = orders.map((order) =>
    t("contacts.email.reassignedLine", {
      number: order.number,
      roles: [order.licensee ? t("contacts.email.reassignedLicensee") : null, order.billing ? t("contacts.email.reassignedBilling") : null].filter(Boolean).join(", "),
    }),
  );
  const { html, text } = renderEmailLayout({
    locale,
    preheader: t("contacts.email.reassignedPreheader", { org: organization }),
    heading: t("contacts.email.reassignedHeading", { org: organization }),
    paragraphs: [t("contacts.email.reassignedBody", { previous, org: organization }), ...lines],
    button: { label: t("contacts.email.reassignedButton"), url },
    paragraphsAfterButton: [t("contacts.email.reassignedAfter")],
    footer: t("emails.footer", { org: organization }),
  });
  return { subject: t("contacts.email.reassignedSubject", { org: organization }), html, text };
}

export const preview: OrdersReassignedEmailProps = {
  locale: "en",
  organization: "Acme Corporation",
  previous: "Jane Doe",
  orders: [{ number: "R-1042", licensee: true, billing: true }, { number: "R-1043", licensee: false, billing: true }],
  url: "http://localhost:3000/",
};
