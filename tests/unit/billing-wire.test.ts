// The billing lists' rows travel as named objects (lib/billing/billing-wire.ts), their dates
// and amounts already in the viewer's language: what the tables read, by name.
import { describe, expect, it } from "vitest";
import { invoiceWire, licenseWire, orderWire, quoteWire } from "@/lib/billing/billing-wire";
import { formatDate, formatMoney } from "@/lib/i18n/format";

const day = new Date(Date.UTC(2026, 10, 12, 9, 30));
const order = {
  id: "o1",
  number: "2026-0042",
  placedAt: day,
  channel: "ONLINE" as const,
  status: "PLACED" as const,
  currency: "EUR",
  totalCents: 123400,
  licensee: { name: "Sarah Johnson", email: "sarah@acme.test" },
  billing: { name: "Hugo Blanc", email: "hugo@acme.test" },
};

describe("the billing lists' rows on the wire", () => {
  it("an order: its number, date, channel, contacts' names, total and status", () => {
    expect(orderWire(order, "en")).toEqual({
      id: "o1",
      number: "2026-0042",
      placedOn: "12 Nov 2026",
      channel: "ONLINE",
      licensee: "Sarah Johnson",
      billingContact: "Hugo Blanc",
      total: "€1,234.00",
      status: "PLACED",
    });
  });

  it("in French, with French dates and amounts", () => {
    expect(orderWire(order, "fr")).toMatchObject({ placedOn: formatDate("fr", day), total: formatMoney("fr", 123400, "EUR") });
  });

  it("an invoice: its order, amount, dates, status, whether overdue and whether the viewer may pay it", () => {
    expect(
      invoiceWire(
        {
          id: "i1",
          number: "INV-2026-0042",
          amountCents: 123400,
          currency: "EUR",
          issuedAt: day,
          dueAt: day,
          status: "OPEN",
          paidAt: null,
          overdue: true,
          orderId: "o1",
          orderNumber: "2026-0042",
          payable: true,
        },
        "en",
      ),
    ).toEqual({
      id: "i1",
      number: "INV-2026-0042",
      orderId: "o1",
      orderNumber: "2026-0042",
      amount: "€1,234.00",
      issuedOn: "12 Nov 2026",
      dueOn: "12 Nov 2026",
      status: "OPEN",
      overdue: true,
      payable: true,
    });
  });

  it("a quote: its date, requester (when known), amount, validity and status", () => {
    expect(
      quoteWire(
        {
          id: "q1",
          number: "Q-2026-0007",
          createdAt: day,
          amountCents: 120000,
          currency: "EUR",
          validUntil: day,
          status: "REQUESTED",
          requester: null,
        },
        "en",
      ),
    ).toEqual({
      id: "q1",
      number: "Q-2026-0007",
      requestedOn: "12 Nov 2026",
      requester: null,
      amount: "€1,200.00",
      validUntil: "12 Nov 2026",
      status: "REQUESTED",
    });
  });

  it("a license: its key, order (and whether the viewer may open it), seats, validity and first assignees", () => {
    expect(
      licenseWire(
        {
          id: "l1",
          product: "Roster Cloud",
          licenseKey: "KEY-1",
          seats: 10,
          used: 7,
          validUntil: null,
          orderId: "o1",
          orderNumber: "2026-0042",
          orderVisible: false,
          assignees: [{ id: "a1", email: "ada@acme.test" }],
        },
        "en",
      ),
    ).toEqual({
      id: "l1",
      product: "Roster Cloud",
      licenseKey: "KEY-1",
      orderId: "o1",
      orderNumber: "2026-0042",
      orderVisible: false,
      seatsUsed: 7,
      seats: 10,
      validUntil: null,
      assignees: [{ id: "a1", email: "ada@acme.test" }],
    });
  });

  it("comes through JSON as it went", () => {
    const row = orderWire(order, "fr");
    expect(JSON.parse(JSON.stringify(row))).toEqual(row);
  });
});
