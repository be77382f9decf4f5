// A webhook endpoint failing for 3 days was disabled: to the org admins, with its URL and a
// link to the webhooks page, where it can be enabled again.
import { formatDate, translator } from "@/lib/i18n";
import { EmailLayout, P } from "./frame/email-layout";
import { defineEmail, previewOrganization, type OrganizationProps } from "./define";

export type WebhookEndpointDisabledEmailProps = OrganizationProps & {
  endpointUrl: string;
  /** The first failure of the streak; null when unknown. */
  failingSince: string | null;
  /** The webhooks settings page. */
  url: string;
};

export const webhookEndpointDisabledEmail = defineEmail<WebhookEndpointDisabledEmailProps>({
  subject: ({ organization }, locale) =>
    translator(locale)("notificationEmails.webhookEndpointDisabled.subject", { org: organization.name }),
  organization: (props) => props.organization,
  Email({ locale, footer, organization, endpointUrl, failingSince, url }) {
    const t = translator(locale);
    return (
      <EmailLayout
        locale={locale}
        footer={footer}
        heading={t("notificationEmails.webhookEndpointDisabled.heading")}
        preview={t("notificationEmails.webhookEndpointDisabled.preview", { url: endpointUrl })}
        button={{ label: t("notificationEmails.webhookEndpointDisabled.button"), url }}
        after={<P muted>{t("notificationEmails.webhookEndpointDisabled.next")}</P>}
      >
        <P>{t("notificationEmails.webhookEndpointDisabled.intro", { org: organization.name })}</P>
        <P>{endpointUrl}</P>
        {failingSince ? (
          <P>
            {t("notificationEmails.webhookEndpointDisabled.since", {
              date: formatDate(locale, new Date(failingSince), { dateStyle: "long", timeStyle: "short" }),
            })}
          </P>
        ) : null}
      </EmailLayout>
    );
  },
  preview: {
    organization: previewOrganization,
    endpointUrl: "https://hooks.example.com/roster",
    failingSince: "2027-03-01T09:30:00.000Z",
    url: "http://localhost:3000/orgs/acme/settings/webhooks",
  },
  previewReasons: [{ rule: "ORG_ADMIN" }],
});
