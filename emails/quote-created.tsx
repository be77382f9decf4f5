// Quote created: to the requester and the NEW_QUOTES contacts (SPEC §3).
import { formatDate, formatMoney, translator } from "@/lib/i18n";
import { EmailLayout, P } from "./frame/email-layout";
import { EmailTable, Facts } from "./frame/table";
import { defineEmail, previewOrganization, type OrganizationProps } from "./define";

export type QuoteCreatedEmailProps = OrganizationProps & {
  quote: {
    number: string;
    amountCents: number;
    currency: string;
    /** ISO date */
    validUntil: string;
    items: { product: string; plan: string; quantity: number }[];
  };
  requesterName: string | null;
  url: string;
};

export const quoteCreatedEmail = defineEmail<QuoteCreatedEmailProps>({
  subject: (props, locale) =>
    translator(locale)("notificationEmails.quoteCreated.subject", { quote: props.quote.number, org: props.organization.name }),
  organization: (props) => props.organization,
  Email({ locale, footer, organization, quote, requesterName, url }) {
    const t = translator(locale);
    const amount = formatMoney(locale, quote.amountCents, quote.currency);
    const valid = formatDate(locale, new Date(quote.validUntil), { dateStyle: "long" });
    const org = organization.name;
    return (
      <EmailLayout
        locale={locale}
        footer={footer}
        heading={t("notificationEmails.quoteCreated.heading", { quote: quote.number })}
        preview={t("notificationEmails.quoteCreated.preview", { amount, valid })}
        button={{ label: t("notificationEmails.quoteCreated.button"), url }}
        after={<P muted>{t("notificationEmails.quoteCreated.valid", { date: valid })}</P>}
      >
        <P>
          {requesterName
            ? t("notificationEmails.quoteCreated.intro", { requester: requesterName, org })
            : t("notificationEmails.quoteCreated.introNoRequester", { org })}
        </P>
        <EmailTable
          caption={t("notificationEmails.quoteCreated.heading", { quote: quote.number })}
          columns={[
            t("notificationEmails.quoteCreated.product"),
            t("notificationEmails.quoteCreated.plan"),
            t("notificationEmails.quoteCreated.quantity"),
          ]}
          rows={quote.items.map((item) => [item.product, item.plan, String(item.quantity)])}
        />
        <Facts facts={[[t("notificationEmails.quoteCreated.amount"), amount]]} />
      </EmailLayout>
    );
  },
  preview: {
    organization: previewOrganization,
    quote: {
      number: "Q-2026-0007",
      amountCents: 480_000,
      currency: "EUR",
      validUntil: "2026-12-31T00:00:00.000Z",
      items: [
        { product: "Roster Cloud", plan: "Business", quantity: 40 },
        { product: "Roster Audit add-on", plan: "Standard", quantity: 1 },
      ],
    },
    requesterName: "Bob Leroy",
    url: "http://localhost:3000/orgs/acme/billing/quotes/preview",
  },
  previewReasons: [{ rule: "NEW_QUOTES" }],
});
