// Every email template, by the name the outbox stores. Each is a react-email component with
// `preview` props (see define.ts); lib/mail/render-email.ts renders them.
import { contactInvitationEmail } from "./contact-invitation";
import { dataExportReadyEmail } from "./data-export-ready";
import { webhookEndpointDisabledEmail } from "./webhook-endpoint-disabled";
import { invoiceEmail } from "./invoice";
import { invoiceOverdueEmail } from "./invoice-overdue";
import { licenseCertificateEmail } from "./license-certificate";
import { ordersReassignedEmail } from "./orders-reassigned";
import { planChangedEmail } from "./plan-changed";
import { organizationDeletionEmail } from "./organization-deletion";
import { quoteCreatedEmail } from "./quote-created";
import { signInEmail } from "./sign-in";
import { userInvitationEmail } from "./user-invitation";
import { dataProtectionEmail, securityPrivacyEmail } from "./vendor-notice";
import type { Locale } from "@/lib/i18n";
import type { EmailTemplate } from "./define";

export const emailTemplates = {
  "sign-in": signInEmail,
  "contact-invitation": contactInvitationEmail,
  "user-invitation": userInvitationEmail,
  "orders-reassigned": ordersReassignedEmail,
  "license-certificate": licenseCertificateEmail,
  invoice: invoiceEmail,
  "invoice-overdue": invoiceOverdueEmail,
  "quote-created": quoteCreatedEmail,
  "security-privacy": securityPrivacyEmail,
  "data-protection": dataProtectionEmail,
  "plan-changed": planChangedEmail,
  "organization-deletion": organizationDeletionEmail,
  "data-export-ready": dataExportReadyEmail,
  "webhook-endpoint-disabled": webhookEndpointDisabledEmail,
} as const;

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailPropsOf<N extends EmailTemplateName> = (typeof emailTemplates)[N] extends EmailTemplate<infer P> ? P : never;

export const EMAIL_TEMPLATE_NAMES = Object.keys(emailTemplates) as EmailTemplateName[];

/** The subject alone (no rendering): what the outbox and the delivery log show before sending. */
export function emailSubject<N extends EmailTemplateName>(name: N, props: EmailPropsOf<N>, locale: Locale): string {
  return (emailTemplates[name] as EmailTemplate<EmailPropsOf<N>>).subject(props, locale);
}

export function isEmailTemplateName(name: string): name is EmailTemplateName {
  return Object.hasOwn(emailTemplates, name);
}

export type { RenderedEmail } from "./rendered-email";
