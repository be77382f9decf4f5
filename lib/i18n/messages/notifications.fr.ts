import type { Messages } from "./en";

export const notificationsFr: Messages["notifications"] = {
  events: {
    license_certificate: "Commande passée : certificat de licence",
    invoice: "Commande passée : facture",
    invoice_overdue: "Facture en retard (relance)",
    quote_created: "Devis créé",
    security_privacy: "Information de sécurité et de confidentialité",
    data_protection: "Alerte de protection des données",
    orders_reassigned: "Commandes réattribuées",
    invitation: "Invitation de contact ou d'utilisateur",
    sign_in: "Lien de connexion",
  },
  rules: {
    ORDER_LICENSEE: "Licencié de la commande {order}",
    ORDER_BILLING: "Contact de facturation de la commande {order}",
    PRIMARY_BILLING: "Facturation principale",
    UNPAID_INVOICES: "Factures impayées",
    QUOTE_REQUESTER: "A demandé le devis {quote}",
    NEW_QUOTES: "Nouveaux devis",
    SECURITY_PRIVACY: "Sécurité et confidentialité",
    PRIMARY_TECHNICAL: "Technique principal",
    DATA_PROTECTION: "Protection des données",
    ORG_ADMIN: "Administrateur de l'organisation",
    REPLACEMENT_CONTACT: "Contact remplaçant",
    INVITEE: "Personne invitée",
    SIGNING_IN: "Personne qui se connecte",
  },
};
