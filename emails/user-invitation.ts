// The user invitation (SPEC §3 "contact/user invitation — the invitee"), in the language the
// inviter chose. Kept small on purpose: the shared layout does the markup, so it converts to
// react-email with the other templates.
import { formatDate, translator, type Locale } from "@/lib/i18n";
import type { OrgRole } from "@/lib/db/generated/enums";
import type { RenderedEmail } from "./rendered-email";
import { renderEmailLayout } from "./layout";

export type UserInvitationEmailProps = {
  locale: Locale;
  /** Null when unknown: the email says "A member of {organization}" instead. */
  inviterName: string | null;
  organizationName: string;
  role: OrgRole;
  /** The address the invitation is bound to: the invitee signs in with it. */
  email: string;
  url: string;
  expiresAt: Date;
};

export function userInvitationEmail({ locale, inviterName, organizationName, role, email, url, expiresAt }: UserInvitationEmailProps): RenderedEmail {
  const t = translator(locale);
  const names = { inviter: inviterName ?? t("invitations.email.someoneAt", { organization: organizationName }), organization: organizationName, role: t(`roles.${role}`), email };
  const { html, text } = renderEmailLayout({
    locale,
    preheader: t("users.email.preheader", names),
    heading: t("users.email.heading", names),
    paragraphs: [t("users.email.role", names), t("users.email.howTo", names)],
    button: { label: t("users.email.button"), url },
    paragraphsAfterButton: [t("users.email.expires", { date: formatDate(locale, expiresAt, { dateStyle: "long" }) }), t("users.email.ignore")],
    footer: t("users.email.footer", names),
  });
  return { subject: t("users.email.subject", names), html, text };
}

export const preview: UserInvitationEmailProps = {
  locale: "en",
  inviterName: "Alice Martin",
  organizationName: "Acme Corporation",
  role: "MEMBER",
  email: "jane.doe@acme.test",
  url: "http://localhost:3000/invite/preview-token",
  expiresAt: new Date("2026-12-08T12:00:00Z"),
};
