// Order placed: the license certificate, to the order's LICENSEE (SPEC §3).
import { formatDate, translator } from "@/lib/i18n";
import { EmailLayout, P } from "./frame/email-layout";
import { EmailTable } from "./frame/table";
import { defineEmail, previewOrganization, type OrganizationProps } from "./define";

export type LicenseCertificateEmailProps = OrganizationProps & {
  order: { number: string; /** ISO date */ placedAt: string };
  licenses: { product: string; licenseKey: string; seats: number; /** ISO date */ validUntil: string | null }[];
  url: string;
};

export const licenseCertificateEmail = defineEmail<LicenseCertificateEmailProps>({
  subject: (props, locale) => translator(locale)("notificationEmails.licenseCertificate.subject", { order: props.order.number }),
  organization: (props) => props.organization,
  Email({ locale, footer, organization, order, licenses, url }) {
    const t = translator(locale);
    const m = (key: "heading" | "product" | "key" | "seats" | "validUntil" | "perpetual" | "button" | "keep") =>
      t(`notificationEmails.licenseCertificate.${key}`);
    return (
      <EmailLayout
        locale={locale}
        footer={footer}
        heading={m("heading")}
        preview={t("notificationEmails.licenseCertificate.preview", { order: order.number, org: organization.name })}
        button={{ label: m("button"), url }}
        after={<P muted>{m("keep")}</P>}
      >
        <P>
          {t("notificationEmails.licenseCertificate.intro", {
            order: order.number,
            org: organization.name,
            date: formatDate(locale, new Date(order.placedAt), { dateStyle: "long" }),
          })}
        </P>
        <EmailTable
          caption={m("heading")}
          columns={[m("product"), m("key"), m("seats"), m("validUntil")]}
          rows={licenses.map((license) => [
            license.product,
            { code: license.licenseKey },
            String(license.seats),
            license.validUntil ? formatDate(locale, new Date(license.validUntil), { dateStyle: "long" }) : m("perpetual"),
          ])}
        />
      </EmailLayout>
    );
  },
  preview: {
    organization: previewOrganization,
    order: { number: "2026-0042", placedAt: "2026-11-20T10:00:00.000Z" },
    licenses: [
      { product: "Roster Cloud", licenseKey: "RSTR-7Q2M-4K9P-X81D", seats: 25, validUntil: "2027-11-20T00:00:00.000Z" },
      { product: "Roster Audit add-on", licenseKey: "RSTR-2B7T-9LQ4-M03C", seats: 1, validUntil: null },
    ],
    url: "http://localhost:3000/orgs/acme/billing/orders/preview",
  },
  previewReasons: [{ rule: "ORDER_LICENSEE", orderNumber: "2026-0042" }],
});
