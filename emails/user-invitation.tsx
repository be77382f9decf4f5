// The user invitation (SPEC §3 "contact/user invitation — the invitee"): who invites, to which
// organization, with which organization role, and the address to sign in with; in the
// language the inviter chose (the invitee has no contact record whose language would apply).
import type { OrgRole } from "@/lib/db/generated/enums";
import { formatDate, translator, type Locale } from "@/lib/i18n";
import { EmailLayout, P } from "./frame/email-layout";
import { defineEmail, previewOrganization, type OrganizationProps } from "./define";

export type UserInvitationEmailProps = OrganizationProps & {
  /** Null when unknown: the email says "A member of {organization}" instead. */
  inviterName: string | null;
  role: OrgRole;
  /** The address the invitation is bound to: the invitee signs in with it. */
  email: string;
  url: string;
  /** ISO date. */
  expiresAt: string;
};

function content(locale: Locale, { inviterName, organization, role, email, expiresAt }: UserInvitationEmailProps) {
  const t = translator(locale);
  const names = {
    inviter: inviterName ?? t("invitations.email.someoneAt", { organization: organization.name }),
    organization: organization.name,
    role: t(`roles.${role}`),
    email,
  };
  return {
    subject: t("users.email.subject", names),
    preheader: t("users.email.preheader", names),
    heading: t("users.email.heading", names),
    body: [t("users.email.role", names), t("users.email.howTo", names)],
    button: t("users.email.button", names),
    after: [t("users.email.expires", { date: formatDate(locale, new Date(expiresAt), { dateStyle: "long" }) }), t("users.email.ignore")],
  };
}

export const userInvitationEmail = defineEmail<UserInvitationEmailProps>({
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
        {c.body.map((line) => (
          <P key={line}>{line}</P>
        ))}
      </EmailLayout>
    );
  },
  preview: {
    organization: previewOrganization,
    inviterName: "Alice Martin",
    role: "MEMBER",
    email: "jane.doe@acme.test",
    url: "http://localhost:3000/invite/preview-token",
    expiresAt: "2026-12-08T12:00:00.000Z",
  },
  previewReasons: [{ rule: "INVITEE" }],
});
