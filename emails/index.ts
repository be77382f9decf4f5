// Email templates: each renders { subject, html, text } from plain props and exports
// `preview` props, so the dev mailbox and the tests can render it without real data.
import { preview as signInPreview, signInEmail } from "./sign-in";
import { ordersReassignedEmail, preview as ordersReassignedPreview } from "./orders-reassigned";
import { contactInvitationEmail, preview as contactInvitationPreview } from "./contact-invitation";
import { preview as userInvitationPreview, userInvitationEmail } from "./user-invitation";
import type { RenderedEmail } from "./rendered-email";

export type { RenderedEmail } from "./rendered-email";

export const emailTemplates = {
  "sign-in": { render: signInEmail, preview: signInPreview },
  "contact-invitation": { render: contactInvitationEmail, preview: contactInvitationPreview },
  "orders-reassigned": { render: ordersReassignedEmail, preview: ordersReassignedPreview },
  "user-invitation": { render: userInvitationEmail, preview: userInvitationPreview },
} as const;

export type EmailTemplateName = keyof typeof emailTemplates;

/** Renders a template with its preview props. */
export function renderPreview(name: EmailTemplateName): RenderedEmail {
  const template = emailTemplates[name];
  // Each entry's preview fits its own render; TypeScript cannot pair them across the union.
  return (template.render as (props: typeof template.preview) => RenderedEmail)(template.preview);
}

export { contactInvitationEmail, signInEmail, userInvitationEmail };
