// Orders, invoices, licenses and quotes for the notification tests, and delivering the
// outbox to a real SMTP server until nothing is due.
import { db } from "@/lib/db/prisma";
import { deliverDueEmails } from "@/lib/mail/dispatcher";
import { createMailTransport } from "@/lib/mail/transport";
import { contentOf } from "@/lib/mail/send-time-content";
import type { SinkMessage, SmtpSink } from "./smtp-sink";
import { createOrder, uid } from "./factories";

const DAY = 24 * 60 * 60 * 1000;

export async function createOrderWithInvoice(
  organizationId: string,
  licenseeContactId: string,
  billingContactId = licenseeContactId,
  invoice: { dueAt?: Date; status?: "OPEN" | "PAID" | "VOID"; lastReminderAt?: Date | null; amountCents?: number } = {},
) {
  const order = await createOrder(organizationId, licenseeContactId, billingContactId);
  await db.license.createMany({
    data: [
      {
        organizationId,
        orderId: order.id,
        product: "Roster Cloud",
        licenseKey: `KEY-${uid()}-${uid()}`,
        seats: 10,
        validUntil: new Date(Date.now() + 365 * DAY),
      },
      { organizationId, orderId: order.id, product: "Roster Audit", licenseKey: `KEY-${uid()}-${uid()}`, seats: 1 },
    ],
  });
  const created = await db.invoice.create({
    data: {
      organizationId,
      orderId: order.id,
      number: `INV-${uid()}`,
      amountCents: invoice.amountCents ?? 129_900,
      currency: "EUR",
      dueAt: invoice.dueAt ?? new Date(Date.now() + 30 * DAY),
      status: invoice.status ?? "OPEN",
      lastReminderAt: invoice.lastReminderAt ?? null,
    },
  });
  return { order, invoice: created };
}

export async function createQuote(organizationId: string, requester: { contactId?: string; userId?: string }) {
  return db.quote.create({
    data: {
      organizationId,
      number: `Q-${uid()}`,
      requesterContactId: requester.contactId ?? null,
      requestedByUserId: requester.userId ?? null,
      items: [{ product: "Roster Cloud", plan: "Business", quantity: 40, unitPriceCents: 12_000 }],
      amountCents: 480_000,
      currency: "EUR",
      validUntil: new Date(Date.now() + 30 * DAY),
    },
  });
}

export const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/** Delivers every due outbox row to `sink` (passes until one finds nothing), and returns what it received for `addresses`. */
export async function deliverAll(sink: SmtpSink): Promise<void> {
  const transport = createMailTransport(sink.url);
  try {
    for (;;) {
      const { sent, retried, failed } = await deliverDueEmails({ db, transport, batchSize: 200 });
      if (sent + retried + failed === 0) break;
    }
  } finally {
    transport.close();
  }
}

/** The messages `sink` received for these addresses, by address. */
export function receivedBy(sink: SmtpSink, addresses: string[]): Map<string, SinkMessage[]> {
  const wanted = new Set(addresses.map((a) => a.toLowerCase()));
  const result = new Map<string, SinkMessage[]>();
  for (const message of sink.messages) {
    for (const recipient of message.recipients) {
      if (!wanted.has(recipient)) continue;
      result.set(recipient, [...(result.get(recipient) ?? []), message]);
    }
  }
  return result;
}

/** What the dispatcher would send for an outbox row (rendered now, in the row's language), for tests that read a queued email. */
export async function renderedOutboxEmail(id: string) {
  const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
  return contentOf({ ...row, sendLocale: row.locale });
}
