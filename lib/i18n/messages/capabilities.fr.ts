// Noms français des capacités (lib/auth/capabilities.ts) ; mêmes clés que capabilities.en.ts.
import type { capabilitiesEn } from "./capabilities.en";

export const capabilitiesFr: typeof capabilitiesEn = {
  org: { view: "Voir les paramètres de l’organisation", edit: "Modifier les informations de l’organisation" },
  billing: {
    view: "Voir la facturation, les commandes, les factures et les devis",
    manage: "Gérer la facturation : coordonnées, paiements, commandes, devis",
  },
  subscription: { manage: "Changer d’offre", cancel: "Résilier l’abonnement" },
  users: {
    view: "Voir les utilisateurs",
    add: "Ajouter des utilisateurs",
    changeRole: "Changer le rôle des utilisateurs",
    changeWorkspaces: "Changer les espaces de travail des utilisateurs",
    remove: "Supprimer des utilisateurs",
  },
  workspaces: {
    viewAll: "Voir tous les espaces de travail",
    viewAssigned: "Voir ses espaces de travail",
    manage: "Créer, renommer et supprimer des espaces de travail",
  },
  contacts: { view: "Voir les contacts", manage: "Gérer les contacts" },
  domains: { manage: "Gérer les domaines" },
  audit: { view: "Voir le journal d’audit" },
  data: { export: "Exporter les données de l’organisation" },
  apiKeys: { manage: "Gérer les clés d’API" },
  webhooks: { manage: "Gérer les webhooks" },
  emails: { manage: "Voir le journal des e-mails et les renvoyer" },
  notifications: { view: "Voir qui reçoit quel e-mail" },
  orders: { viewAll: "Voir toutes les commandes", viewOwn: "Voir ses commandes" },
  licenses: { viewAll: "Voir toutes les licences", manage: "Gérer les licences", viewOwn: "Voir les licences de ses commandes" },
  invoices: {
    viewAll: "Voir toutes les factures",
    pay: "Payer les factures",
    viewOwn: "Voir les factures de ses commandes",
    payOwn: "Payer les factures de ses commandes",
  },
  quotes: { viewAll: "Voir tous les devis" },
  billingDetails: { edit: "Modifier les coordonnées de facturation" },
};
