// The durable email outbox (SPEC §1 "Email"): use cases write rows here inside the same
// transaction as the change that caused them; the dispatcher delivers them after commit.
// Notifications (enqueueNotification) keep their template's props and are rendered when
// sent, in the recipient's language of that moment; enqueueEmail keeps content rendered already.
import { emailSubject, type EmailPropsOf, type EmailTemplateName, type RenderedEmail } from "@/emails";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n";
import type { Recipient } from "@/lib/notifications/events";
import { normalizeEmail } from "@/lib/contacts/search-text";

export type EmailRecipient = { email: string; name?: string | null };

export type EnqueueEmailInput = {
  organizationId?: string | null;
  /** The template's name, for display and debugging (e.g. "sign-in"). */
  template: string;
  to: EmailRecipient;
  locale: Locale;
  content: RenderedEmail;
};

/** What `enqueueOncePerRecipient` asks for each recipient (the address comes from the recipient). */
export type RecipientEmail = Omit<EnqueueEmailInput, "to"> & { toName?: string | null };

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

/** Writes one outbox row in the caller's transaction and returns its id. */
export async function enqueueEmail(tx: Tx, input: EnqueueEmailInput): Promise<string> {
  const row = await tx.emailOutbox.create({ data: toRow(input), select: { id: true } });
  return row.id;
}

/**
 * Enqueues one email per distinct address (SPEC §3: one person gets one copy even when
 * several rules match). Addresses are compared lower-cased and trimmed; the first
 * occurrence wins, so pass recipients in order of preference. Filtering (e.g. disabled
 * contacts) is the caller's job. Returns the created ids.
 */
export async function enqueueOncePerRecipient<R extends EmailRecipient>(
  tx: Tx,
  recipients: readonly R[],
  build: (recipient: R) => RecipientEmail,
): Promise<string[]> {
  const seen = new Set<string>();
  const rows: ReturnType<typeof toRow>[] = [];
  for (const recipient of recipients) {
    const email = normalizeEmail(recipient.email);
    if (seen.has(email)) continue;
    seen.add(email);
    const { toName, ...message } = build(recipient);
    rows.push(toRow({ ...message, to: { email, name: toName !== undefined ? toName : recipient.name } }));
  }
  if (rows.length === 0) return [];
  const created = await tx.emailOutbox.createManyAndReturn({ data: rows, select: { id: true } });
  return created.map((row) => row.id);
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
  const props = input.props as Prisma.InputJsonValue;
  const created = await tx.emailOutbox.createManyAndReturn({
    data: input.recipients.map((recipient) => ({
      organizationId: input.organizationId,
      template: input.template,
      toEmail: normalizeEmail(recipient.email),
      toName: recipient.name?.trim() || null,
      locale: recipient.locale,
      subject: emailSubject(input.template, input.props, recipient.locale),
      props,
      reasons: recipient.reasons as Prisma.InputJsonValue,
      contactId: recipient.contactId,
      userId: recipient.userId ?? null,
    })),
    select: { id: true },
  });
  return created.map((row) => row.id);
}
