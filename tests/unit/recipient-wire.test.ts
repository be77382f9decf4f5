// A recipient of Settings → Notifications travels as a named object (lib/notifications/recipient-wire.ts).
import { describe, expect, it } from "vitest";
import { recipientWire } from "@/lib/notifications/recipient-wire";

describe("a notification recipient on the wire", () => {
  it("names who, in which language, and why (each reason with the order's or quote's number it names)", () => {
    const wire = recipientWire({
      email: "sarah@acme.test",
      name: "Sarah Johnson",
      locale: "fr",
      contactId: "c1",
      userId: null,
      reasons: [
        { rule: "ORDER_BILLING", orderNumber: "2026-0042" },
        { rule: "UNPAID_INVOICES", orderNumber: undefined },
        { rule: "QUOTE_REQUESTER", quoteNumber: "Q-7" },
      ],
    });
    expect(wire).toEqual({
      name: "Sarah Johnson",
      email: "sarah@acme.test",
      language: "fr",
      reasons: [
        { rule: "ORDER_BILLING", orderNumber: "2026-0042" },
        { rule: "UNPAID_INVOICES" },
        { rule: "QUOTE_REQUESTER", quoteNumber: "Q-7" },
      ],
    });
    expect(JSON.parse(JSON.stringify(wire))).toEqual(wire);
  });
});
