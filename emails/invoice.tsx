// Order placed: the invoice, to the order's BILLING contact (SPEC §3).
import { formatDate, formatMoney, translator } from "@/lib/i18n";
import { EmailLayout, P } from "./frame/email-layout";
import { Facts } from "./frame/table";
import { defineEmail, previewOrganization, type OrganizationProps } from "./define";

export type InvoiceEmailProps = OrganizationProps & {
  invoice: { number: string; amountCents: number; currency: string; /** ISO dates */ issuedAt: string; dueAt: string };
  orderNumber: string;
  url: string;
};

export const invoicePreview: InvoiceEmailProps = {
  organization: previewOrganization,
  invoice: {
    number: "INV-2026-0042",
    amountCents: 129_900,
    currency: "EUR",
    issuedAt: "2026-11-20T10:00:00.000Z",
    dueAt: "2026-12-20T00:00:00.000Z",
  },
  orderNumber: "2026-0042",
  url: "http://localhost:3000/orgs/acme/billing/invoices/preview",
};

export const invoiceEmail = defineEmail<InvoiceEmailProps>({
  subject: (props, locale) =>
    translator(locale)("notificationEmails.invoice.subject", { invoice: props.invoice.number, order: props.orderNumber }),
  organization: (props) => props.organization,
  Email({ locale, footer, organization, invoice, orderNumber, url }) {
    const t = translator(locale);
    const amount = formatMoney(locale, invoice.amountCents, invoice.currency);
    const due = formatDate(locale, new Date(invoice.dueAt), { dateStyle: "long" });
    return (
      <EmailLayout
        locale={locale}
        footer={footer}
        heading={t("notificationEmails.invoice.heading", { invoice: invoice.number })}
        preview={t("notificationEmails.invoice.preview", { amount, due })}
        button={{ label: t("notificationEmails.invoice.button"), url }}
      >
        <P>{t("notificationEmails.invoice.intro", { order: orderNumber, org: organization.name })}</P>
        <Facts
          facts={[
            [t("notificationEmails.invoice.amount"), amount],
            [t("notificationEmails.invoice.issued"), formatDate(locale, new Date(invoice.issuedAt), { dateStyle: "long" })],
            [t("notificationEmails.invoice.due"), due],
          ]}
        />
      </EmailLayout>
    );
  },
  preview: invoicePreview,
  previewReasons: [{ rule: "ORDER_BILLING", orderNumber: "2026-0042" }],
});
