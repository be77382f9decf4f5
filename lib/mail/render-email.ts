// Turns a template and its props into { subject, html, text } for one recipient: the
// template's react-email component rendered to HTML by @react-email/render, and the text part
// made from that HTML (toPlainText), so both always say the same.
//
// Where this runs in the Next build: react-dom/server is not available in the React Server
// Components layer (pages, server actions, route handlers), so nothing there renders an
// email. Use cases only write template + props to the outbox; the mail worker renders at
// send time, in the Node runtime that instrumentation.ts starts it in (outside the RSC
// bundle). The notifications page's previews render in a route handler through
// render-in-node.ts, which loads this module outside the bundle too.
import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import { emailTemplates, type EmailPropsOf, type EmailTemplateName, type RenderedEmail } from "@/emails";
import { emailFooter } from "@/emails/frame/footer";
import type { EmailEnvelope, EmailTemplate } from "@/emails/define";
import type { Locale } from "@/lib/i18n";
import type { RecipientReason } from "@/lib/notifications/events";

/**
 * The text part: headings as written (not upper-cased), and the data tables of the templates
 * (frame/table.tsx, class "data") as aligned columns instead of run-together cells.
 */
const TEXT_OPTIONS = {
  selectors: [
    { selector: "h1", options: { uppercase: false } },
    { selector: "table.data", format: "dataTable", options: { uppercaseHeaderCells: false, maxColumnWidth: 40 } },
    { selector: "code", format: "inline" },
  ],
};

export type RenderOptions = { locale: Locale; reasons: readonly RecipientReason[] };

export async function renderEmail<N extends EmailTemplateName>(name: N, props: EmailPropsOf<N>, { locale, reasons }: RenderOptions): Promise<RenderedEmail> {
  const template = emailTemplates[name] as EmailTemplate<EmailPropsOf<N>>;
  const footer = emailFooter(locale, reasons, template.organization(props));
  const html = await render(createElement(template.Email, { ...(props as object), locale, footer } as EmailPropsOf<N> & EmailEnvelope));
  return { subject: template.subject(props, locale), html, text: toPlainText(html, TEXT_OPTIONS) };
}

/** A template with its preview props (dev mailbox, tests, the notifications page). */
export function renderPreview(name: EmailTemplateName, locale: Locale = "en", overrides: { reasons?: readonly RecipientReason[] } = {}): Promise<RenderedEmail> {
  const template = emailTemplates[name] as EmailTemplate<EmailPropsOf<typeof name>>;
  return renderEmail(name, template.preview, { locale, reasons: overrides.reasons ?? template.previewReasons });
}
