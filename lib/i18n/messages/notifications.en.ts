// English messages of the notifications area (who gets which email, and why); notifications.fr.ts has the same keys.
export const notificationsEn = {
  events: {
    license_certificate: "Order placed: license certificate",
    invoice: "Order placed: invoice",
    invoice_overdue: "Invoice overdue (reminder)",
    quote_created: "Quote created",
    security_privacy: "Security & privacy update",
    data_protection: "Data protection alert",
    orders_reassigned: "Orders reassigned",
    invitation: "Contact or user invitation",
    sign_in: "Sign-in link",
  },
  rules: {
    ORDER_LICENSEE: "Licensee of order {order}",
    ORDER_BILLING: "Billing contact of order {order}",
    PRIMARY_BILLING: "Primary billing",
    UNPAID_INVOICES: "Unpaid invoices",
    QUOTE_REQUESTER: "Requested quote {quote}",
    NEW_QUOTES: "New quotes",
    SECURITY_PRIVACY: "Security & privacy",
    PRIMARY_TECHNICAL: "Primary technical",
    DATA_PROTECTION: "Data protection",
    ORG_ADMIN: "Org admin",
    REPLACEMENT_CONTACT: "Replacement contact",
    INVITEE: "Invitee",
    SIGNING_IN: "Person signing in",
  },
} as const;
