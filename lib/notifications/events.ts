// The notification events of SPEC §3 and what the routing table answers for each: the
// contract between the senders (use cases that call `notify(tx, event)` from
// lib/notifications/notify.ts inside their transaction) and the one routing table that
// chooses recipients (lib/notifications/routing.ts). Nowhere else is a recipient chosen.
import type { Locale } from "@/lib/i18n";

export type NotificationEvent =
  /** Order placed: the license certificate → the order's LICENSEE. */
  | { kind: "license_certificate"; organizationId: string; orderId: string }
  /** Order placed: the invoice → the order's BILLING contact (the licensee when none). */
  | { kind: "invoice"; organizationId: string; invoiceId: string }
  /** Invoice overdue (reminder) → the order's BILLING contact, PRIMARY_BILLING, UNPAID_INVOICES. */
  | { kind: "invoice_overdue"; organizationId: string; invoiceId: string }
  /** Quote created → the requester, NEW_QUOTES. */
  | { kind: "quote_created"; organizationId: string; quoteId: string }
  /** Vendor broadcast → SECURITY_PRIVACY, PRIMARY_TECHNICAL. */
  | { kind: "security_privacy"; organizationId: string; subject: string; body: string }
  /** Vendor broadcast → DATA_PROTECTION, ORG_ADMINs. */
  | { kind: "data_protection"; organizationId: string; subject: string; body: string }
  /** The subscription's plan changed → the ORG_ADMINs and PRIMARY_BILLING contacts. `previousPlan`: its name before. */
  | { kind: "plan_changed"; organizationId: string; previousPlan: string; changedByUserId: string }
  /** Orders handed to a replacement contact by Disable & Reassign → the replacement. */
  | { kind: "orders_reassigned"; organizationId: string; contactId: string; previousContactName: string; orderIds: string[] }
  /**
   * The subscription was cancelled ("cancelled"), or the deletion comes in `days` days
   * ("reminder") → the ORG_ADMINs.
   */
  | { kind: "organization_deletion"; organizationId: string; stage: "cancelled" | "reminder"; days: number }
  /** A data export is ready to download → the org admin who asked for it (while still an org admin). */
  | { kind: "data_export_ready"; organizationId: string; exportId: string }
  /** A webhook endpoint failing for 3 days was disabled → the ORG_ADMINs. */
  | { kind: "webhook_endpoint_disabled"; organizationId: string; endpointId: string }
  /** Contact or user invitation → the invitee (the address it is sent to). */
  | {
      kind: "invitation";
      organizationId: string;
      invitationId: string;
      token: string;
      email: string;
      /** Who sends it now (named in the email); the invitation's creator when absent. */
      senderUserId?: string;
    }
  /**
   * Sign-in link → the person signing in (no organization). `locale`: the language of the
   * request, used when no account says otherwise.
   */
  | { kind: "sign_in"; email: string; url: string; locale?: Locale };

export type NotificationKind = NotificationEvent["kind"];

/** Why a person receives an email: the SPEC §3 rule that matched, shown in the email's footer. */
export type RecipientRule =
  | "ORDER_LICENSEE"
  | "ORDER_BILLING"
  | "PRIMARY_BILLING"
  | "UNPAID_INVOICES"
  | "QUOTE_REQUESTER"
  | "NEW_QUOTES"
  | "SECURITY_PRIVACY"
  | "PRIMARY_TECHNICAL"
  | "DATA_PROTECTION"
  | "ORG_ADMIN"
  | "REPLACEMENT_CONTACT"
  | "EXPORT_REQUESTER"
  | "INVITEE"
  | "SIGNING_IN";

export type RecipientReason = {
  rule: RecipientRule;
  /** e.g. the order number of ORDER_BILLING */
  orderNumber?: string;
  /** The quote's number, for QUOTE_REQUESTER. */
  quoteNumber?: string;
};

/** One person, once, even when several rules match (SPEC §3); disabled contacts are never recipients. */
export type Recipient = {
  email: string;
  name: string | null;
  locale: Locale;
  /** The organization's contact record, when the recipient is one (its language and status apply at send time). */
  contactId: string | null;
  /** The user account, when the recipient has one and no contact record decides (its UI language applies at send time). */
  userId?: string | null;
  reasons: RecipientReason[];
};
