// What an email template is: a react-email component plus its subject, the organization it
// speaks for (named in the footer) and `preview` props, so the dev mailbox, the tests and the
// notifications page can render it without real data. Props are plain JSON (dates as ISO
// strings): the outbox stores them and the mail worker renders them at send time, in the
// recipient's language of that moment (lib/mail/render-email.ts).
import type { ReactElement } from "react";
import type { Locale } from "@/lib/i18n";
import type { RecipientReason } from "@/lib/notifications/events";
import type { EmailFooter, FooterOrganization } from "./frame/footer";

import type { RenderedEmail } from "./rendered-email";

export type { RenderedEmail };

/** What the renderer adds to a template's own props. */
export type EmailEnvelope = { locale: Locale; footer: EmailFooter };

export type EmailTemplate<P> = {
  subject(props: P, locale: Locale): string;
  Email(props: P & EmailEnvelope): ReactElement;
  /** The organization named in the footer, whose contacts page it links to (none for a sign-in). */
  organization(props: P): FooterOrganization | null;
  preview: P;
  /** Why the preview's recipient receives it. */
  previewReasons: RecipientReason[];
};

export function defineEmail<P>(template: EmailTemplate<P>): EmailTemplate<P> {
  return template;
}

/** Props of the emails an organization sends (everything but the sign-in link). */
export type OrganizationProps = { organization: FooterOrganization };

export const previewOrganization: FooterOrganization = { name: "Acme Corporation", slug: "acme" };
