// Turns a template and its props into { subject, html, text } for one recipient: the
// template's react-email component rendered to HTML, and the text part made from that HTML
// with react-email's own text rules (plainTextSelectors), so both always say the same.
//
// Two things are done here rather than through @react-email/render's render(), for speed (the
// mail worker renders every email it sends; see bench/notifications.ts): the templates are
// synchronous, so React's renderToStaticMarkup gives the same HTML as render()'s stream,
// about twice as fast; and the HTML-to-text converter is compiled once instead of on every
// call (toPlainText recompiles its options each time, which is most of its cost).
//
// Where this runs in the Next build: the React Server Components layer (pages, layouts,
// server actions) has no react-dom/server, so nothing there renders an email: use cases
// write template + props to the outbox (lib/notifications/notify.ts) and the mail worker
// renders at send time, in the Node runtime that instrumentation.ts starts it in; the
// notifications page's previews render in a route handler. Both were checked in the
// production build (`next build` + `next start`, Turbopack): react-dom/server is imported
// lazily, so the RSC bundles that import the worker's module never load it.
import { compile } from "html-to-text";
import { plainTextSelectors } from "@react-email/render";
import { createElement, type ReactElement } from "react";
import { emailTemplates, type EmailPropsOf, type EmailTemplateName, type RenderedEmail } from "@/emails";
import { emailFooter } from "@/emails/frame/footer";
import type { EmailEnvelope, EmailTemplate } from "@/emails/define";
import type { Locale } from "@/lib/i18n";
import type { RecipientReason } from "@/lib/notifications/events";

/** What @react-email/render's render() puts before the markup. */
const XHTML_DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/**
 * react-email's text rules, plus: headings as written (not upper-cased), and the data tables
 * of the templates (frame/table.tsx, class "data") as aligned columns.
 */
const toText = compile({
  wordwrap: false,
  selectors: [
    ...plainTextSelectors,
    { selector: "h1", options: { uppercase: false } },
    { selector: "table.data", format: "dataTable", options: { uppercaseHeaderCells: false, maxColumnWidth: 40 } },
    { selector: "code", format: "inline" },
  ],
});

let reactDomServer: Promise<typeof import("react-dom/server")> | null = null;

async function toHtml(element: ReactElement): Promise<string> {
  const { renderToStaticMarkup } = await (reactDomServer ??= import("react-dom/server"));
  return XHTML_DOCTYPE + renderToStaticMarkup(element);
}

export type RenderOptions = { locale: Locale; reasons: readonly RecipientReason[] };

export async function renderEmail<N extends EmailTemplateName>(name: N, props: EmailPropsOf<N>, { locale, reasons }: RenderOptions): Promise<RenderedEmail> {
  const template = emailTemplates[name] as EmailTemplate<EmailPropsOf<N>>;
  const footer = emailFooter(locale, reasons, template.organization(props));
  const html = await toHtml(createElement(template.Email, { ...(props as object), locale, footer } as EmailPropsOf<N> & EmailEnvelope));
  return { subject: template.subject(props, locale), html, text: toText(html) };
}

/** A template with its preview props (dev mailbox, tests, the notifications page). */
export function renderPreview(name: EmailTemplateName, locale: Locale = "en", overrides: { reasons?: readonly RecipientReason[] } = {}): Promise<RenderedEmail> {
  const template = emailTemplates[name] as EmailTemplate<EmailPropsOf<typeof name>>;
  return renderEmail(name, template.preview, { locale, reasons: overrides.reasons ?? template.previewReasons });
}
