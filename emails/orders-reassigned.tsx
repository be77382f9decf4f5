// Sent to the replacement when a disabled contact's orders are reassigned (SPEC §4 Disable/Reassign).
import { translator } from "@/lib/i18n";
import { EmailLayout, P } from "./frame/email-layout";
import { defineEmail, previewOrganization, type OrganizationProps } from "./define";

export type OrdersReassignedEmailProps = OrganizationProps & {
  previous: string;
  orders: { number: string; licensee: boolean; billing: boolean }[];
  url: string;
};

export const ordersReassignedEmail = defineEmail<OrdersReassignedEmailProps>({
  subject: (props, locale) => translator(locale)("contacts.email.reassignedSubject", { org: props.organization.name }),
  organization: (props) => props.organization,
  Email({ locale, footer, organization, previous, orders, url }) {
    const t = translator(locale);
    const org = organization.name;
    return (
      <EmailLayout
        locale={locale}
        preview={t("contacts.email.reassignedPreheader", { org })}
        heading={t("contacts.email.reassignedHeading", { org })}
        footer={footer}
        button={{ label: t("contacts.email.reassignedButton"), url }}
        after={<P muted>{t("contacts.email.reassignedAfter")}</P>}
      >
        <P>{t("contacts.email.reassignedBody", { previous, org })}</P>
        {orders.map((order) => (
          <P key={order.number}>
            {t("contacts.email.reassignedLine", {
              number: order.number,
              roles: [
                order.licensee ? t("contacts.email.reassignedLicensee") : null,
                order.billing ? t("contacts.email.reassignedBilling") : null,
              ]
                .filter(Boolean)
                .join(", "),
            })}
          </P>
        ))}
      </EmailLayout>
    );
  },
  preview: {
    organization: previewOrganization,
    previous: "Jane Doe",
    orders: [
      { number: "R-1042", licensee: true, billing: true },
      { number: "R-1043", licensee: false, billing: true },
    ],
    url: "http://localhost:3000/orgs/acme",
  },
  previewReasons: [{ rule: "REPLACEMENT_CONTACT" }],
});
