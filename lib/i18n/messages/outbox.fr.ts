import type { Messages } from "./en";

export const outboxFr: Messages["outbox"] = {
  title: "Envoi des e-mails",
  settingsLink: "Envoi des e-mails",
  settingsLinkDescription: "Chaque e-mail envoyé au nom de l'organisation, avec son état d'envoi.",
  intro:
    "Les e-mails sont écrits dans une file d'envoi avec la modification qui les cause, puis envoyés avec de nouvelles tentatives. Ceux en échec peuvent être renvoyés.",
  statusFilter: "État",
  anyStatus: "Tous les états",
  apply: "Appliquer",
  caption: "E-mails de {org}, du plus récent au plus ancien",
  empty: "Aucun e-mail pour l'instant.",
  columns: {
    to: "À",
    subject: "Objet",
    status: "État",
    attempts: "Tentatives",
    created: "Mis en file",
    sent: "Envoyé",
    actions: "Actions",
  },
  status: { PENDING: "En attente", SENDING: "En cours d'envoi", SENT: "Envoyé", FAILED: "Échec", CANCELLED: "Annulé" },
  nextAttempt: "Prochaine tentative {date}",
  retry: "Renvoyer",
  retryNamed: "Renvoyer l'e-mail « {subject} » à {to}",
  retried: "L'e-mail à {to} sera renvoyé sous peu.",
  errors: {
    recipientDisabled: "Son destinataire est un contact désactivé : les contacts désactivés ne reçoivent aucun e-mail.",
    notFound: "Cet e-mail n'existe pas.",
    notFailed: "Seuls les e-mails en échec peuvent être renvoyés.",
    linkNotKept:
      "Son lien n'est plus conservé une fois l'e-mail en échec, il ne peut donc pas être renvoyé : renvoyez l'invitation, qui envoie un nouveau lien.",
  },
};
