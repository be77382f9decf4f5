// Sent to the org admins when the subscription is cancelled, then 30 and 7 days before the
// organization's deletion (lib/subscription/deletion-reminders.ts).
import { formatDate, translator } from "@/lib/i18n";
import { EmailLayout, P } from "./frame/email-layout";
import { defineEmail, previewOrganization, type OrganizationProps } from "./define";

export type OrganizationDeletionEmailProps = OrganizationProps & {
  /** "cancelled": the notice sent at once; "reminder": the one sent `days` days before. */
  stage: "cancelled" | "reminder";
  days: number;
  deletionAt: string;
  url: string;
};

export const organizationDeletionEmail = defineEmail<OrganizationDeletionEmailProps>({
  subject: ({ organization, stage, days }, locale) =>
    translator(locale)(stage === "cancelled" ? "subscription.email.cancelledSubject" : "subscription.email.reminderSubject", {
      org: organization.name,
      days,
    }),
  organization: (props) => props.organization,
  Email({ locale, footer, organization, stage, days, deletionAt, url }) {
    const t = translator(locale);
    const params = { org: organization.name, days, date: formatDate(locale, new Date(deletionAt), { dateStyle: "long" }) };
    const cancelled = stage === "cancelled";
    return (
      <EmailLayout
        locale={locale}
        preview={t(cancelled ? "subscription.email.cancelledPreview" : "subscription.email.reminderPreview", params)}
        heading={t(cancelled ? "subscription.email.cancelledHeading" : "subscription.email.reminderHeading", params)}
        footer={footer}
        button={{ label: t("subscription.email.button"), url }}
        after={<P muted>{t("subscription.email.undo")}</P>}
      >
        <P>{t(cancelled ? "subscription.email.cancelledBody" : "subscription.email.reminderBody", params)}</P>
      </EmailLayout>
    );
  },
  preview: {
    organization: previewOrganization,
    stage: "reminder",
    days: 30,
    deletionAt: "2027-03-01T00:00:00.000Z",
    url: "http://localhost:3000/orgs/acme/settings/subscription",
  },
  previewReasons: [{ rule: "ORG_ADMIN" }],
});
