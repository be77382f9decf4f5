// A data export is ready: to the org admin who asked for it, with its download link (which
// asks them to sign in) and how long it is kept.
import { formatDate, translator } from "@/lib/i18n";
import { EmailLayout, P } from "./frame/email-layout";
import { defineEmail, previewOrganization, type OrganizationProps } from "./define";

export type DataExportReadyEmailProps = OrganizationProps & {
  /** The ZIP's size; null when the storage did not say. */
  bytes: number | null;
  expiresAt: string;
  /** The download link. */
  url: string;
};

export const dataExportReadyEmail = defineEmail<DataExportReadyEmailProps>({
  subject: ({ organization }, locale) => translator(locale)("notificationEmails.dataExportReady.subject", { org: organization.name }),
  organization: (props) => props.organization,
  Email({ locale, footer, organization, bytes, expiresAt, url }) {
    const t = translator(locale);
    const date = formatDate(locale, new Date(expiresAt), { dateStyle: "long" });
    return (
      <EmailLayout
        locale={locale}
        footer={footer}
        heading={t("notificationEmails.dataExportReady.heading")}
        preview={t("notificationEmails.dataExportReady.preview", { date })}
        button={{ label: t("notificationEmails.dataExportReady.button"), url }}
        after={
          <>
            <P muted>{t("notificationEmails.dataExportReady.kept", { date })}</P>
            <P muted>{t("notificationEmails.dataExportReady.signIn")}</P>
          </>
        }
      >
        <P>{t("notificationEmails.dataExportReady.intro", { org: organization.name })}</P>
        {bytes !== null ? <P>{t("notificationEmails.dataExportReady.size", { size: (bytes / 1_000_000).toFixed(1) })}</P> : null}
      </EmailLayout>
    );
  },
  preview: {
    organization: previewOrganization,
    bytes: 2_400_000,
    expiresAt: "2027-03-08T00:00:00.000Z",
    url: "http://localhost:3000/orgs/acme/settings/export/cexport0000000000000000000/download",
  },
  previewReasons: [{ rule: "EXPORT_REQUESTER" }],
});
