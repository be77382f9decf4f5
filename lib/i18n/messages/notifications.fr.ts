import type { Messages } from "./en";

export const notificationsFr: Messages["notifications"] = {
  title: "Notifications",
  settingsLink: "Notifications",
  settingsLinkDescription:
    "Qui reçoit chaque e-mail de l'organisation en ce moment, et pourquoi, avec un aperçu dans la langue de chaque destinataire.",
  intro:
    "Qui, chez {org}, recevrait chaque e-mail en ce moment, et selon quelle règle. Chaque personne en reçoit un seul exemplaire, dans sa langue ; les contacts désactivés ne reçoivent rien.",
  events: {
    license_certificate: "Commande passée : certificat de licence",
    invoice: "Commande passée : facture",
    invoice_overdue: "Facture en retard (relance)",
    quote_created: "Devis créé",
    security_privacy: "Information de sécurité et de confidentialité",
    plan_changed: "Changement de formule",
    data_protection: "Alerte de protection des données",
    orders_reassigned: "Commandes réattribuées",
    organization_deletion: "Abonnement résilié : avis de suppression",
    invitation: "Invitation de contact ou d'utilisateur",
    sign_in: "Lien de connexion",
  },
  sentTo: {
    license_certificate: "Envoyé au licencié de la commande.",
    invoice: "Envoyé au contact de facturation de la commande (au licencié quand la commande n'en nomme pas d'autre).",
    invoice_overdue:
      "Envoyé au contact de facturation de la commande et aux contacts Facturation principale et Factures impayées, puis de nouveau {days, plural, one {chaque jour} other {tous les # jours}} tant qu'elle reste impayée.",
    quote_created: "Envoyé à la personne qui a demandé le devis et aux contacts Nouveaux devis.",
    security_privacy: "Envoyé par Roster aux contacts Sécurité et confidentialité et Technique principal.",
    data_protection: "Envoyé par Roster aux contacts Protection des données et aux administrateurs de l'organisation.",
    plan_changed:
      "Envoyé aux administrateurs de l'organisation et aux contacts Facturation principale quand quelqu'un change la formule de l'abonnement.",
    organization_deletion: "Envoyé aux administrateurs de l'organisation à la résiliation, puis 30 et 7 jours avant la suppression.",
    orders_reassigned: "Envoyé au contact qui reprend les commandes d'un contact désactivé (Désactiver et réattribuer).",
    invitation: "Envoyé à l'adresse à laquelle l'invitation est envoyée, dans la langue choisie pour elle.",
    sign_in: "Envoyé à la personne qui se connecte, dans sa langue.",
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
  every: {
    invoice_overdue:
      "Les contacts Facturation principale et Factures impayées ci-dessous reçoivent la relance de chaque facture en retard.",
    quote_created: "Les contacts Nouveaux devis ci-dessous reçoivent chaque devis.",
  },
  noSubject: {
    order: "Aucune commande pour l'instant : les plus récentes s'afficheront ici.",
    overdue: "Aucune facture n'est en retard.",
    quote: "Aucun devis pour l'instant : les plus récents s'afficheront ici.",
  },
  nobody: "Personne ne le recevrait en ce moment.",
  more: "{count, plural, one {Et # autre personne.} other {Et # autres personnes.}}",
  columns: { recipient: "Destinataire", why: "Pourquoi", preview: "E-mail" },
  languages: { en: "anglais", fr: "français" },
  inLanguage: "En {language}",
  sampleIn: "Exemple en {language}",
  previewFrame: "Aperçu de l'e-mail",
  previewHint: "Choisissez une langue à côté d'un destinataire pour voir son e-mail ici.",
  partyTitle: "E-mails à la personne que l'événement désigne",
  contactEmails: {
    title: "E-mails que ce contact reçoit",
    loading: "Recherche des commandes de ce contact…",
    none: "Aucun : avec ces rôles, ce contact ne reçoit aucune notification.",
    disabled: "Aucun : un contact désactivé ne reçoit aucun e-mail.",
    also: "En outre, en tant que personne concernée : les devis qu'il demande, les commandes qui lui sont confiées, les invitations et les liens de connexion.",
  },
};
