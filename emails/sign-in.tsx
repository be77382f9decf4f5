// The sign-in link email (SPEC §3: "sign-in link — the person signing in").
import { formatDuration, translator } from "@/lib/i18n";
import { EmailLayout, P } from "./frame/email-layout";
import { defineEmail } from "./define";

/** `lifetimeMinutes`: how long the link works (SIGN_IN_LINK_MINUTES). */
export type SignInEmailProps = { email: string; url: string; lifetimeMinutes: number };

export const signInEmail = defineEmail<SignInEmailProps>({
  subject: (_props, locale) => translator(locale)("emails.signIn.subject"),
  organization: () => null,
  Email({ locale, footer, email, url, lifetimeMinutes }) {
    const t = translator(locale);
    return (
      <EmailLayout
        locale={locale}
        preview={t("emails.signIn.preheader")}
        heading={t("emails.signIn.heading")}
        footer={footer}
        button={{ label: t("emails.signIn.button"), url }}
        after={<P muted>{t("emails.signIn.ignore")}</P>}
      >
        <P>{t("emails.signIn.body", { email, lifetime: formatDuration(locale, lifetimeMinutes) })}</P>
      </EmailLayout>
    );
  },
  preview: {
    email: "ada@example.com",
    lifetimeMinutes: 60,
    url: "http://localhost:3000/signin/confirm?token=preview-token&email=ada%40example.com",
  },
  previewReasons: [{ rule: "SIGNING_IN" }],
});
