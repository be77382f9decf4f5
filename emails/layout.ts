// The shared email layout: inline-styled, table-based HTML (what mail clients render
// reliably) plus a plain-text twin. Built with an escaping tagged template instead of
// React, because the App Router does not allow react-dom/server in server code.
import { translator, type Locale } from "@/lib/i18n";

/** HTML that is already safe to embed: only `html` and `unsafeRawHtml` make one. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** Marks a trusted string as HTML. Never pass user input. */
export function unsafeRawHtml(value: string): SafeHtml {
  return new SafeHtml(value);
}

function interpolate(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(interpolate).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

/** Tagged template: every interpolated value is escaped unless it is SafeHtml (arrays are joined). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, index) => {
    out += interpolate(value) + strings[index + 1];
  });
  return new SafeHtml(out);
}

/** Links in emails must be absolute http(s) URLs: anything else (javascript:, data:) is refused. */
export function assertEmailUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Email link is not an absolute URL: ${url}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error(`Email link must use http(s): ${url}`);
  return url;
}

export type EmailLayoutProps = {
  locale: Locale;
  /** Shown by mail clients next to the subject; hidden in the body. */
  preheader: string;
  heading: string;
  paragraphs: string[];
  button?: { label: string; url: string };
  /** Paragraphs shown below the button (e.g. "ignore this email if..."). */
  paragraphsAfterButton?: string[];
  footer: string;
};

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

export function renderEmailLayout(props: EmailLayoutProps): { html: string; text: string } {
  const t = translator(props.locale);
  const button = props.button ? { label: props.button.label, url: assertEmailUrl(props.button.url) } : undefined;

  const buttonHtml = button
    ? html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0">
              <tr>
                <td style="border-radius:6px;background-color:#2448ad">
                  <a href="${button.url}" target="_blank" style="display:inline-block;padding:12px 24px;${unsafeRawHtml(FONT)};font-size:16px;font-weight:600;line-height:20px;color:#ffffff;text-decoration:none;border-radius:6px">${button.label}</a>
                </td>
              </tr>
            </table>
            <p style="margin:0 0 16px;${unsafeRawHtml(FONT)};font-size:13px;line-height:20px;color:#4b5563">${t("emails.buttonFallback")}<br><a href="${button.url}" style="color:#2448ad;word-break:break-all">${button.url}</a></p>`
    : "";

  const body = html`<!DOCTYPE html>
<html lang="${props.locale}" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light">
    <title>${props.heading}</title>
  </head>
  <body style="margin:0;padding:0;background-color:#f3f4f6">
    <div style="display:none;max-height:0;overflow:hidden;opacity:0;color:transparent">${props.preheader}</div>
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6">
      <tr>
        <td align="center" style="padding:32px 16px">
          <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border-radius:8px">
            <tr>
              <td style="padding:32px">
                <p style="margin:0 0 24px;${unsafeRawHtml(FONT)};font-size:14px;font-weight:700;letter-spacing:0.04em;color:#2448ad">${t("app.name")}</p>
                <h1 style="margin:0 0 16px;${unsafeRawHtml(FONT)};font-size:22px;line-height:28px;color:#111827">${props.heading}</h1>
                ${props.paragraphs.map((paragraph) => html`<p style="margin:0 0 16px;${unsafeRawHtml(FONT)};font-size:16px;line-height:24px;color:#1f2937">${paragraph}</p>`)}
                ${buttonHtml}
                ${(props.paragraphsAfterButton ?? []).map((paragraph) => html`<p style="margin:0 0 16px;${unsafeRawHtml(FONT)};font-size:14px;line-height:22px;color:#4b5563">${paragraph}</p>`)}
              </td>
            </tr>
          </table>
          <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px">
            <tr>
              <td style="padding:16px 32px">
                <p style="margin:0;${unsafeRawHtml(FONT)};font-size:12px;line-height:18px;color:#6b7280">${props.footer}</p>
              </td>
            </tr>
          </table>
        </td>
      </tr>
    </table>
  </body>
</html>
`;

  const text = [
    props.heading,
    "",
    ...props.paragraphs.flatMap((paragraph) => [paragraph, ""]),
    ...(button ? [button.label, button.url, ""] : []),
    ...(props.paragraphsAfterButton ?? []).flatMap((paragraph) => [paragraph, ""]),
    "-- ",
    props.footer,
    "",
  ].join("\n");

  return { html: body.value, text };
}
