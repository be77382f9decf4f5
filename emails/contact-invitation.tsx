// The contact invitation (SPEC §3: "contact/user invitation — the invitee"), in the
// invitation's language. The same words make the message the admin copies or opens in their
// email client (contactInvitationMessage), so all three say the same thing.
import type { ContactRoleType } from "@/lib/db/generated/enums";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import { formatDate, translator, type Locale } from "@/lib/i18n";
import { assertEmailUrl, EmailLayout, P } from "./frame/email-layout";
import { defineEmail, previewOrganization, type OrganizationProps } from "./define";

export type ContactInvitationEmailProps = OrganizationProps & {
  /** Null when unknown: the email says "A member of {organization}" instead. */
  inviterName: string | null;
  roles: readonly ContactRoleType[];
  url: string;
  /** ISO date. */
  expiresAt: string;
};

function content(locale: Locale, { inviterName, organization, roles, expiresAt }: ContactInvitationEmailProps) {
  const t = translator(locale);
  const names = {
    inviter: inviterName ?? t("invitations.email.someoneAt", { organization: organization.name }),
    organization: organization.name,
  };
  // Always in the canonical order, whatever order the roles were chosen in.
  const ordered = CONTACT_ROLES.filter((role) => roles.includes(role));
  return {
    subject: t("invitations.email.subject", names),
    preheader: t("invitations.email.preheader", names),
    heading: t("invitations.email.heading", names),
    rolesIntro: t("invitations.email.rolesIntro", names),
    roleLines: ordered.map((role) =>
      t("invitations.email.role", { role: t(`contactRoles.${role}`), description: t(`invitations.roleDescriptions.${role}`) }),
    ),
    howTo: t("invitations.email.howTo"),
    button: t("invitations.email.button"),
    after: [
      t("invitations.email.expires", { date: formatDate(locale, new Date(expiresAt), { dateStyle: "long" }) }),
      t("invitations.email.ignore"),
    ],
  };
}

export const contactInvitationEmail = defineEmail<ContactInvitationEmailProps>({
  subject: (props, locale) => content(locale, props).subject,
  organization: (props) => props.organization,
  Email({ locale, footer, ...props }) {
    const c = content(locale, props);
    return (
      <EmailLayout
        locale={locale}
        preview={c.preheader}
        heading={c.heading}
        footer={footer}
        button={{ label: c.button, url: props.url }}
        after={c.after.map((line) => (
          <P key={line} muted>
            {line}
          </P>
        ))}
      >
        <P>{c.rolesIntro}</P>
        {c.roleLines.map((line) => (
          <P key={line}>{line}</P>
        ))}
        <P>{c.howTo}</P>
      </EmailLayout>
    );
  },
  preview: {
    organization: previewOrganization,
    inviterName: "Alice Martin",
    roles: ["PRIMARY_TECHNICAL", "SECURITY_PRIVACY"],
    url: "http://localhost:3000/invite/preview-token",
    expiresAt: "2026-12-08T12:00:00.000Z",
  },
  previewReasons: [{ rule: "INVITEE" }],
});

/** The invitation as a plain message (subject and body with the link), for Copy and mailto:. */
export function contactInvitationMessage(locale: Locale, props: ContactInvitationEmailProps): { subject: string; text: string } {
  const c = content(locale, props);
  const url = assertEmailUrl(props.url);
  return { subject: c.subject, text: [c.heading, "", c.rolesIntro, ...c.roleLines, "", c.howTo, "", url, "", ...c.after].join("\n") };
}
