// The vendor's broadcasts (SPEC §3): security & privacy updates (to SECURITY_PRIVACY and
// PRIMARY_TECHNICAL) and data protection alerts (to DATA_PROTECTION and the ORG_ADMINs). The
// vendor writes subject and body once (Markdown, in one language); the frame around them
// (label, footer) is in each recipient's language.
import { translator } from "@/lib/i18n";
import { EmailLayout, P, styles } from "./frame/email-layout";
import { markdownToEmailHtml } from "./frame/markdown";
import { isTextPart } from "./frame/target";
import { defineEmail, previewOrganization, type OrganizationProps } from "./define";

export type VendorNoticeEmailProps = OrganizationProps & { subject: string; /** Markdown */ body: string };

type Kind = "securityPrivacy" | "dataProtection";

function vendorNotice(kind: Kind, previewReasons: VendorNoticeTemplate["previewReasons"]) {
  return defineEmail<VendorNoticeEmailProps>({
    subject: (props) => props.subject,
    organization: (props) => props.organization,
    Email({ locale, footer, organization, subject, body }) {
      const t = translator(locale);
      return (
        <EmailLayout
          locale={locale}
          footer={footer}
          heading={subject}
          preview={t(`notificationEmails.${kind}.preview`, { org: organization.name })}
        >
          <P muted>{t(`notificationEmails.${kind}.label`)}</P>
          <Body markdown={body} />
        </EmailLayout>
      );
    },
    preview: {
      organization: previewOrganization,
      subject: kind === "securityPrivacy" ? "Security update: new sign-in protections" : "Data protection notice: new sub-processor",
      body:
        kind === "securityPrivacy"
          ? "We have **strengthened sign-in links**: they now expire after one hour.\n\n- No action is needed.\n- Questions? Reply to this email."
          : "From **1 January 2027**, invoices are stored by a new EU-based sub-processor.\n\nThe updated list is in our data processing agreement.",
    },
    previewReasons,
  });
}

/**
 * The vendor's Markdown: rendered in the HTML part (only what frame/markdown-allow-list.ts
 * allows), as written in the text part (Markdown reads as text).
 */
function Body({ markdown }: { markdown: string }) {
  if (isTextPart()) return <>{`${markdown.trim()}\n\n`}</>;
  return <div style={{ ...styles.paragraph, margin: 0 }} dangerouslySetInnerHTML={{ __html: markdownToEmailHtml(markdown) }} />;
}

type VendorNoticeTemplate = ReturnType<typeof defineEmail<VendorNoticeEmailProps>>;

export const securityPrivacyEmail = vendorNotice("securityPrivacy", [{ rule: "SECURITY_PRIVACY" }, { rule: "PRIMARY_TECHNICAL" }]);
export const dataProtectionEmail = vendorNotice("dataProtection", [{ rule: "ORG_ADMIN" }]);
