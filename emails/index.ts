// Email templates: each renders { subject, html, text } from plain props and exports
// `preview` props, so the dev mailbox and the tests can render it without real data.
import { preview as signInPreview, signInEmail } from "./sign-in";

export type RenderedEmail = { subject: string; html: string; text: string };

export const emailTemplates = {
  "sign-in": { render: signInEmail, preview: signInPreview },
} as const;

export type EmailTemplateName = keyof typeof emailTemplates;

/** Renders a template with its preview props. */
export function renderPreview(name: EmailTemplateName): RenderedEmail {
  const template = emailTemplates[name];
  return template.render(template.preview);
}

export { signInEmail };
