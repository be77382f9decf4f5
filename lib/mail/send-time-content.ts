// What an outbox row sends: its stored content, or (a notification) its template rendered
// now with its props (and its sealed link, opened: outbox-secrets.ts), in the language its
// recipient has now (SPEC §3).
// Rows of one event share props and mostly reasons and language, so a pass renders each
// distinct (template, props, language, reasons) once.
import { isEmailTemplateName, type EmailPropsOf, type EmailTemplateName, type RenderedEmail } from "@/emails";
import { isLocale, type Locale } from "@/lib/i18n";
import type { RecipientReason } from "@/lib/notifications/events";
import { propsWithSecrets } from "./outbox-secrets";
import { renderEmail } from "./render-email";

export type StoredEmail = {
  template: string;
  toEmail: string;
  subject: string;
  html: string | null;
  text: string | null;
  props: unknown;
  sealedProps: string | null;
  reasons: unknown;
  sendLocale: string;
};
export type SendableEmail = RenderedEmail & { locale: Locale };
export type RenderCache = Map<string, Promise<RenderedEmail>>;

export async function contentOf(row: StoredEmail, cache: RenderCache = new Map()): Promise<SendableEmail> {
  const locale: Locale = isLocale(row.sendLocale) ? row.sendLocale : "en";
  if (row.props === null || row.props === undefined) {
    if (row.html === null || row.text === null) throw new Error("outbox row has neither props nor content");
    return { subject: row.subject, html: row.html, text: row.text, locale };
  }
  if (!isEmailTemplateName(row.template)) throw new Error(`unknown email template "${row.template}"`);
  const reasons = (Array.isArray(row.reasons) ? row.reasons : []) as RecipientReason[];
  const props = propsWithSecrets(row);
  const key = JSON.stringify([row.template, locale, reasons, props]);
  let rendered = cache.get(key);
  if (!rendered) {
    rendered = renderEmail(row.template, props as EmailPropsOf<EmailTemplateName>, { locale, reasons });
    cache.set(key, rendered);
  }
  return { ...(await rendered), locale };
}
