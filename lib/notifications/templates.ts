// The email template each SPEC §3 event is written with (a contact invitation for
// "invitation"; content.ts chooses the user invitation template for a user invitation).
import type { EmailTemplateName } from "@/emails";
import type { NotificationKind } from "./events";

export const TEMPLATE_OF: Record<NotificationKind, EmailTemplateName> = {
  license_certificate: "license-certificate",
  invoice: "invoice",
  invoice_overdue: "invoice-overdue",
  quote_created: "quote-created",
  security_privacy: "security-privacy",
  data_protection: "data-protection",
  plan_changed: "plan-changed",
  orders_reassigned: "orders-reassigned",
  organization_deletion: "organization-deletion",
  data_export_ready: "data-export-ready",
  webhook_endpoint_disabled: "webhook-endpoint-disabled",
  invitation: "contact-invitation",
  sign_in: "sign-in",
};
