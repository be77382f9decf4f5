import type { Messages } from "./en";

export const overviewFr: Messages["overview"] = {
  title: "Vue d'ensemble",
  intro: "Ce qui demande votre attention dans {name}, avec un lien vers chaque liste.",
  role: "Votre rôle : {role}",
  contactRole: "Vos rôles de contact : {roles}",
  atLeast: "{count}+",
  people: {
    title: "Personnes",
    users: "Utilisateurs actifs",
    pendingUsers: "Utilisateurs invités, pas encore arrivés",
  },
  contacts: {
    title: "Contacts",
    all: "Contacts actifs ou invités",
    pendingInvitations: "Invitations de contact en attente",
    byRole: "Contacts par rôle",
    roleCount: "{role} : {count}",
  },
  domains: {
    title: "Domaines vérifiés",
    verified: "Vérifiés",
    pending: "En attente de leur enregistrement DNS",
  },
  emails: {
    title: "Envoi des e-mails",
    failed: "E-mails en échec",
    allSent: "Aucun e-mail en échec.",
  },
  billing: {
    title: "Facturation",
    overdue: "Factures en retard",
    noneOverdue: "Aucune facture en retard.",
  },
  nothing: "Votre rôle dans {name} donne accès aux pages de la navigation ; il n'y a pas de chiffre à afficher ici.",
};
