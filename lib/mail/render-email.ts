// Turns a template and its props into { subject, html, text } for one recipient: the
// template's react-email component tree rendered twice, to HTML and, as the frame's text
// part, to its plain-text twin (emails/frame/target.ts), so both always say the same.
//
// React's renderToStaticMarkup is used rather than @react-email/render's render(): the
// templates are synchronous, so it gives the same HTML without render()'s stream, at half
// the cost, and the text twin comes from the same tree instead of an HTML-to-text
// conversion that cost more than the HTML itself. The mail worker renders every email it
// sends (see bench/notifications.ts), so this is its main cost.
//
// Where this runs in the Next build: the React Server Components layer (pages, layouts,
// server actions) has no react-dom/server, so nothing there renders an email: use cases
// write template + props to the outbox (lib/notifications/notify.ts) and the mail worker
// renders at send time, in the Node runtime that instrumentation.ts starts it in; the
// notifications page's previews render in a route handler. Both were checked in the
// production build (`next build` + `next start`, Turbopack): react-dom/server is imported
// lazily, so the RSC bundles that import the worker's module never load it.
import { createElement, type ReactElement } from "react";
import { emailTemplates, type EmailPropsOf, type EmailTemplateName, type RenderedEmail } from "@/emails";
import { emailFooter } from "@/emails/frame/footer";
import { renderTextPart } from "@/emails/frame/target";
import type { EmailEnvelope, EmailTemplate } from "@/emails/define";
import type { Locale } from "@/lib/i18n";
import type { RecipientReason } from "@/lib/notifications/events";

/** What @react-email/render's render() puts before the markup. */
const XHTML_DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

let reactDomServer: Promise<typeof import("react-dom/server")> | null = null;

/** The only escapes React writes in text: undone for the text part. */
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'" };

async function renderBoth(element: ReactElement): Promise<{ html: string; text: string }> {
  const { renderToStaticMarkup } = await (reactDomServer ??= import("react-dom/server"));
  const html = XHTML_DOCTYPE + renderToStaticMarkup(element);
  const text = renderTextPart(() => renderToStaticMarkup(element)).replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity]);
  return { html, text };
}

export type RenderOptions = { locale: Locale; reasons: readonly RecipientReason[] };

export async function renderEmail<N extends EmailTemplateName>(
  name: N,
  props: EmailPropsOf<N>,
  { locale, reasons }: RenderOptions,
): Promise<RenderedEmail> {
  const template = emailTemplates[name] as EmailTemplate<EmailPropsOf<N>>;
  const footer = emailFooter(locale, reasons, template.organization(props));
  const { html, text } = await renderBoth(
    createElement(template.Email, { ...(props as object), locale, footer } as EmailPropsOf<N> & EmailEnvelope),
  );
  return { subject: template.subject(props, locale), html, text };
}

/** A template with its preview props (dev mailbox, tests, the notifications page). */
export function renderPreview(
  name: EmailTemplateName,
  locale: Locale = "en",
  overrides: { reasons?: readonly RecipientReason[] } = {},
): Promise<RenderedEmail> {
  const template = emailTemplates[name] as EmailTemplate<EmailPropsOf<typeof name>>;
  return renderEmail(name, template.preview, { locale, reasons: overrides.reasons ?? template.previewReasons });
}
