// Pre-rendered content for the delivery tests (outbox, dispatcher, worker, drain): they test
// delivery, not templates (tests/unit/emails.test.ts renders those), so a small HTML twin of
// the sign-in email is enough and keeps them synchronous.
import { translator, type Locale } from "@/lib/i18n";

export function signInEmail({ locale, url }: { locale: Locale; email: string; url: string }) {
  const t = translator(locale);
  return {
    subject: t("emails.signIn.subject"),
    html: `<!DOCTYPE html><html lang="${locale}"><body><a href="${url.replace(/&/g, "&amp;")}">${t("emails.signIn.button")}</a></body></html>`,
    text: `${t("emails.signIn.button")}\n${url}\n`,
  };
}
