// The durable email outbox (SPEC §1 "Email"): use cases write rows here inside the same
// transaction as the change that caused them; the dispatcher delivers them after commit.
import type { RenderedEmail } from "@/emails";
import type { Tx } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n";
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
