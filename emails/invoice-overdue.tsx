// Invoice overdue (reminder): to the order's BILLING contact, PRIMARY_BILLING and UNPAID_INVOICES (SPEC §3).
import { formatDate, formatMoney, translator } from "@/lib/i18n";
import { EmailLayout, P } from "./frame/email-layout";
import { Facts } from "./frame/table";
import { defineEmail } from "./define";
import { invoicePreview, type InvoiceEmailProps } from "./invoice";

export type InvoiceOverdueEmailProps = InvoiceEmailProps;

export const invoiceOverdueEmail = defineEmail<InvoiceOverdueEmailProps>({
  subject: (props, locale) => translator(locale)("notificationEmails.invoiceOverdue.subject", { invoice: props.invoice.number }),
  organization: (props) => props.organization,
  Email({ locale, footer, organization, invoice, orderNumber, url }) {
    const t = translator(locale);
    const amount = formatMoney(locale, invoice.amountCents, invoice.currency);
    const due = formatDate(locale, new Date(invoice.dueAt), { dateStyle: "long" });
    return (
      <EmailLayout
        locale={locale}
        footer={footer}
        heading={t("notificationEmails.invoiceOverdue.heading", { invoice: invoice.number })}
        preview={t("notificationEmails.invoiceOverdue.preview", { amount, due })}
        button={{ label: t("notificationEmails.invoiceOverdue.button"), url }}
        after={<P muted>{t("notificationEmails.invoiceOverdue.alreadyPaid")}</P>}
      >
        <P>{t("notificationEmails.invoiceOverdue.intro", { order: orderNumber, org: organization.name, due })}</P>
        <Facts facts={[[t("notificationEmails.invoiceOverdue.amount"), amount]]} />
      </EmailLayout>
    );
  },
  preview: { ...invoicePreview, invoice: { ...invoicePreview.invoice, dueAt: "2026-10-20T00:00:00.000Z" } },
  previewReasons: [{ rule: "ORDER_BILLING", orderNumber: "2026-0042" }, { rule: "UNPAID_INVOICES" }],
});
