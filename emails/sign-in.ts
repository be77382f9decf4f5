// The sign-in link email (SPEC §3: "sign-in link — the person signing in").
import { formatDuration, translator, type Locale } from "@/lib/i18n";
import type { RenderedEmail } from "./rendered-email";
import { renderEmailLayout } from "./layout";

/** `lifetimeMinutes`: how long the link works (SIGN_IN_LINK_MINUTES, default 60). */
export type SignInEmailProps = { locale: Locale; email: string; url: string; lifetimeMinutes?: number };

export function signInEmail({ locale, email, url, lifetimeMinutes = 60 }: SignInEmailProps): RenderedEmail {
  const t = translator(locale);
  const { html, text } = renderEmailLayout({
    locale,
    preheader: t("emails.signIn.preheader"),
    heading: t("emails.signIn.heading"),
    paragraphs: [t("emails.signIn.body", { email, lifetime: formatDuration(locale, lifetimeMinutes) })],
    button: { label: t("emails.signIn.button"), url },
    paragraphsAfterButton: [t("emails.signIn.ignore")],
    footer: t("emails.footerNoOrg"),
  });
  return { subject: t("emails.signIn.subject"), html, text };
}

export const preview: SignInEmailProps = {
  locale: "en",
  email: "ada@example.com",
  lifetimeMinutes: 60,
  url: "http://localhost:3000/api/auth/callback/email?token=preview-token&email=ada%40example.com",
};
