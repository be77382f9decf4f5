// How a recipient of Settings → Notifications travels to the browser
// (components/notifications/recipients-table.tsx draws it): one named object, with the rules
// that make them receive the email. The page builds it here; the table imports the type only.
import type { Locale } from "@/lib/i18n/locales";
import type { Recipient, RecipientReason } from "./events";

export type RecipientWire = {
  /** Null when only the email is known. */
  name: string | null;
  email: string;
  /** The language their email is written in. */
  language: Locale;
  reasons: RecipientReason[];
};

export function recipientWire(recipient: Recipient): RecipientWire {
  return {
    name: recipient.name,
    email: recipient.email,
    language: recipient.locale,
    // Only the keys a reason has: the order's or the quote's number when it names one.
    reasons: recipient.reasons.map(({ rule, orderNumber, quoteNumber }) => ({
      rule,
      ...(orderNumber ? { orderNumber } : {}),
      ...(quoteNumber ? { quoteNumber } : {}),
    })),
  };
}
