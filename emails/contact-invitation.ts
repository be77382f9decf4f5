// The contact invitation (SPEC §3: "contact/user invitation — the invitee"), in the
// invitation's language. The same words make the message the admin copies or opens in
// their email client (contactInvitationMessage), so all three say the same thing.
import { formatDate, translator, type Locale } from "@/lib/i18n";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import type { RenderedEmail } from "./rendered-email";
import { assertEmailUrl, renderEmailLayout } from "./layout";

export type ContactInvitationEmailProps = {
  locale: Locale;
  /** Null when unknown: the email says "A member of {organization}" instead. */
  inviterName: string | null;
  organizationName: string;
  roles: readonly ContactRoleType[];
  url: string;
  expiresAt: Date;
};

function content({ locale, inviterName, organizationName, roles, expiresAt }: ContactInvitationEmailProps) {
  const t = translator(locale);
  const names = { inviter: inviterName ?? t("invitations.email.someoneAt", { organization: organizationName }), organization: organizationName };
  // Always in the canonical order, whatever order the roles were chosen in.
  const ordered = CONTACT_ROLES.filter((role) => roles.includes(role));
  return {
    subject: t("invitations.email.subject", names),
    preheader: t("invitations.email.preheader", names),
    heading: t("invitations.email.heading", names),
    rolesIntro: t("invitations.email.rolesIntro", names),
    roleLines: ordered.map((role) => t("invitations.email.role", { role: t(`contactRoles.${role}`), description: t(`invitations.roleDescriptions.${role}`) })),
    howTo: t("invitations.email.howTo"),
    button: t("invitations.email.button"),
    after: [t("invitations.email.expires", { date: formatDate(locale, expiresAt, { dateStyle: "long" }) }), t("invitations.email.ignore")],
    footer: t("invitations.email.footer", names),
  };
}

export function contactInvitationEmail(props: ContactInvitationEmailProps): RenderedEmail {
  const c = content(props);
  const { html, text } = renderEmailLayout({
    locale: props.locale,
    preheader: c.preheader,
    heading: c.heading,
    paragraphs: [c.rolesIntro, ...c.roleLines, c.howTo],
    button: { label: c.button, url: props.url },
    paragraphsAfterButton: c.after,
    footer: c.footer,
  });
  return { subject: c.subject, html, text };
}

/** The invitation as a plain message (subject and body with the link), for Copy and mailto:. */
export function contactInvitationMessage(props: ContactInvitationEmailProps): { subject: string; text: string } {
  const c = content(props);
  const url = assertEmailUrl(props.url);
  return { subject: c.subject, text: [c.heading, "", c.rolesIntro, ...c.roleLines, "", c.howTo, "", url, "", ...c.after].join("\n") };
}

export const preview: ContactInvitationEmailProps = {
  locale: "en",
  inviterName: "Alice Martin",
  organizationName: "Acme Corporation",
  roles: ["PRIMARY_TECHNICAL", "SECURITY_PRIVACY"],
  url: "http://localhost:3000/invite/preview-token",
  expiresAt: new Date("2026-12-08T12:00:00Z"),
};
