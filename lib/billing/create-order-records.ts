// What placing an order writes, whoever places it (the Place order action, or the demo
// seed's sales-rep and partner orders): the order, its lines, one license per line (its
// seats = the quantity) and its invoice, numbered from the organization's sequences.
// Runs inside the caller's transaction; notifications and audit are the caller's.
import type { Tx } from "@/lib/db/prisma";
import type { InvoiceStatus, OrderChannel, OrderStatus } from "@/lib/db/generated/enums";
import type { PricedLine } from "./catalog";
import { newLicenseKey } from "./license-key";
import { nextNumber } from "./numbers";

export const INVOICE_DUE_DAYS = 30;

/**
 * Placements of one organization queue on its number counter row until each commits, so a
 * burst of them waits longer than Prisma's 2 s / 5 s defaults allow.
 */
export const PLACEMENT_TRANSACTION = { maxWait: 10_000, timeout: 20_000 } as const;
export const LICENSE_TERM_DAYS = 365;
const DAY = 86_400_000;

export type OrderRecordsInput = {
  organizationId: string;
  channel: OrderChannel;
  placedByUserId: string | null;
  licenseeContactId: string;
  billingContactId: string;
  currency: string;
  lines: readonly PricedLine[];
  totalCents: number;
  placedAt?: Date;
  /** Seeds only: history (the action always places a new, open order). */
  status?: OrderStatus;
  invoice?: { status: InvoiceStatus; paidAt?: Date | null; lastReminderAt?: Date | null };
};

export type OrderRecords = { orderId: string; number: string; invoiceId: string; invoiceNumber: string; licenseIds: string[] };

export async function createOrderRecords(tx: Tx, input: OrderRecordsInput): Promise<OrderRecords> {
  const placedAt = input.placedAt ?? new Date();
  const { organizationId } = input;
  const number = await nextNumber(tx, organizationId, "ORDER", placedAt);
  const invoiceNumber = await nextNumber(tx, organizationId, "INVOICE", placedAt);
  const order = await tx.order.create({
    data: {
      organizationId,
      number,
      channel: input.channel,
      status: input.status ?? "PLACED",
      placedByUserId: input.placedByUserId,
      placedAt,
      licenseeContactId: input.licenseeContactId,
      billingContactId: input.billingContactId,
      currency: input.currency,
      totalCents: input.totalCents,
      createdAt: placedAt,
    },
    select: { id: true },
  });
  await tx.orderLineItem.createMany({
    data: input.lines.map((line) => ({
      organizationId,
      orderId: order.id,
      planId: line.planId,
      product: line.product,
      plan: line.plan,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      currency: input.currency,
    })),
  });
  const validUntil = new Date(placedAt.getTime() + (input.status === "CANCELLED" ? 14 : LICENSE_TERM_DAYS) * DAY);
  const licenses = await tx.license.createManyAndReturn({
    data: input.lines.map((line) => ({
      organizationId,
      orderId: order.id,
      product: `${line.product} ${line.plan}`,
      licenseKey: newLicenseKey(),
      seats: line.quantity,
      validUntil,
      createdAt: placedAt,
    })),
    select: { id: true },
  });
  const invoice = await tx.invoice.create({
    data: {
      organizationId,
      orderId: order.id,
      number: invoiceNumber,
      amountCents: input.totalCents,
      currency: input.currency,
      issuedAt: placedAt,
      dueAt: new Date(placedAt.getTime() + INVOICE_DUE_DAYS * DAY),
      createdAt: placedAt,
      status: input.invoice?.status ?? "OPEN",
      paidAt: input.invoice?.paidAt ?? null,
      lastReminderAt: input.invoice?.lastReminderAt ?? null,
    },
    select: { id: true },
  });
  return { orderId: order.id, number, invoiceId: invoice.id, invoiceNumber, licenseIds: licenses.map((l) => l.id) };
}
