// The durable email outbox (SPEC §1 "Email"): use cases write rows here inside the same
// transaction as the change that caused them; the dispatcher delivers them after commit.
// Notifications (enqueueNotification) keep their template's props and are rendered when
// sent, in the recipient's language of that moment (links that work by themselves sealed
// until then, outbox-secrets.ts); enqueueEmail keeps content rendered already.
import { emailSubject, type EmailPropsOf, type EmailTemplateName, type RenderedEmail } from "@/emails";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n";
import type { Recipient } from "@/lib/notifications/events";
import { normalizeEmail } from "@/lib/contacts/search-text";
import { sealSecretProps } from "./outbox-secrets";

export type EmailRecipient = { email: string; name?: string | null };

export type EnqueueEmailInput = {
  organizationId?: string | null;
  /** The template's name, for display and debugging (e.g. "sign-in"). */
  template: string;
  to: EmailRecipient;
  locale: Locale;
  content: RenderedEmail;
};

function toRow(input: EnqueueEmailInput) {
  return {
    organizationId: input.organizationId ?? null,
    template: input.template,
    toEmail: normalizeEmail(input.to.email),
    toName: input.to.name?.trim() || null,
    locale: input.locale,
    subject: input.content.subject,
    html: input.content.html,
    text: input.content.text,
  };
}

/**
 * Writes one outbox row with content rendered already, in the caller's transaction, and
 * returns its id. The content is kept as it is until the row is deleted: it must carry no
 * link that works by itself (those go through notify(), which keeps them sealed). Use cases do not
 * address emails themselves: they call notify() (lib/notifications/notify.ts), whose routing table
 * chooses the recipients.
 */
export async function enqueueEmail(tx: Tx, input: EnqueueEmailInput): Promise<string> {
  const row = await tx.emailOutbox.create({ data: toRow(input), select: { id: true } });
  return row.id;
}

export type NotificationRows<N extends EmailTemplateName> = {
  organizationId: string | null;
  template: N;
  props: EmailPropsOf<N>;
  /** From the routing table: one per address already, each with its reasons. */
  recipients: readonly Recipient[];
};

/**
 * One row per recipient, in one statement, rendered later by the dispatcher. The subject is
 * written now (in the recipient's current language) for the delivery log, and replaced by
 * the one actually sent.
 */
export async function enqueueNotification<N extends EmailTemplateName>(tx: Tx, input: NotificationRows<N>): Promise<string[]> {
  if (input.recipients.length === 0) return [];
  const created = await tx.emailOutbox.createManyAndReturn({ data: notificationRows(input), select: { id: true } });
  return created.map((row) => row.id);
}

/** Many notifications at once (each its own props and recipients, e.g. one invitation each), a statement per 5,000 rows. */
export async function enqueueNotifications<N extends EmailTemplateName>(tx: Tx, inputs: readonly NotificationRows<N>[]): Promise<number> {
  const rows = inputs.flatMap(notificationRows);
  for (let at = 0; at < rows.length; at += 5000) {
    const batch = JSON.stringify(rows.slice(at, at + 5000));
    await tx.$executeRaw`
      INSERT INTO "EmailOutbox" (id, "organizationId", template, "toEmail", "toName", locale, subject, props, "sealedProps", reasons,
        "contactId", "userId")
      SELECT gen_random_uuid()::text, r."organizationId", r.template, r."toEmail", r."toName", r.locale::"Locale", r.subject, r.props,
        r."sealedProps", r.reasons, r."contactId", r."userId"
      FROM jsonb_to_recordset(${batch}::jsonb) AS r("organizationId" text, template text, "toEmail" text, "toName" text, locale text,
        subject text, props jsonb, "sealedProps" text, reasons jsonb, "contactId" text, "userId" text)`;
  }
  return rows.length;
}

function notificationRows<N extends EmailTemplateName>(input: NotificationRows<N>) {
  return input.recipients.map((recipient) => {
    const toEmail = normalizeEmail(recipient.email);
    // A link that works by itself is kept sealed for this recipient (outbox-secrets.ts).
    const { props, sealedProps } = sealSecretProps(input.template, input.props as object, toEmail);
    return {
      organizationId: input.organizationId,
      template: input.template,
      toEmail,
      toName: recipient.name?.trim() || null,
      locale: recipient.locale,
      subject: emailSubject(input.template, input.props, recipient.locale),
      props: props as Prisma.InputJsonValue,
      sealedProps,
      reasons: recipient.reasons as Prisma.InputJsonValue,
      contactId: recipient.contactId,
      userId: recipient.userId ?? null,
    };
  });
}
