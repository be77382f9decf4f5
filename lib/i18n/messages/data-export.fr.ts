import type { Messages } from "./en";

export const dataExportFr: Messages["dataExport"] = {
  title: "Exporter toutes les données",
  settingsLink: "Exporter toutes les données",
  settingsLinkDescription: "Un ZIP de tout ce que contient l'organisation, un fichier CSV et un fichier JSON par type d'élément.",
  intro:
    "L'export contient l'organisation, ses utilisateurs et leurs rôles, les espaces de travail, les contacts et leurs rôles, les commandes, les lignes de commande, les licences, les factures, les devis, les domaines, les invitations, les e-mails (sans leur contenu) et le journal d'audit, avec un README qui décrit chaque fichier. Il est préparé en arrière-plan ; vous recevez un e-mail quand il est prêt. Les fichiers sont conservés 7 jours.",
  request: "Exporter toutes les données",
  requested: "L'export a commencé. Vous recevrez un e-mail quand il sera prêt.",
  history: "Exports",
  empty: "Aucun export pour l'instant.",
  columns: { requested: "Demandé le", by: "Par", status: "État", file: "Fichier" },
  status: { PENDING: "En attente", RUNNING: "En préparation", READY: "Prêt", FAILED: "Échec", EXPIRED: "Supprimé" },
  progress: "Progression de l'export",
  progressValue: "{percent} %",
  download: "Télécharger",
  downloadNamed: "Télécharger l'export du {date}",
  availableUntil: "Disponible jusqu'au {date}",
  size: "{size} Mo",
  unknownPerson: "Un compte supprimé",
  errors: {
    running: "Un export est déjà en préparation. Attendez qu'il soit prêt avant d'en demander un autre.",
    gone: "Cet export n'est plus disponible : les exports sont conservés 7 jours.",
  },
};
