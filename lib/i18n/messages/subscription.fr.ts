// Messages français de la page Abonnement (résilier, réactiver, supprimer maintenant) et de ses e-mails ;
// mêmes clés que subscription.en.ts.
import type { Messages } from "./en";

export const subscriptionFr: Messages["subscription"] = {
  title: "Abonnement",
  settingsLink: "Abonnement",
  settingsLinkDescription: "Résilier l'abonnement, le réactiver, ou supprimer l'organisation et toutes ses données.",
  status: {
    label: "État",
    ACTIVE: "Actif",
    CANCELLED: "Résilié",
  },
  cancelledOn: "Résilié le {date}.",
  deletionOn: "Tout sera supprimé le {date}.",
  activeIntro: "{org} est active : ses membres peuvent l'utiliser et la modifier.",
  banner: "Résiliée — tout sera supprimé le {date}.",
  bannerReadOnly: "D'ici là, l'organisation est en lecture seule.",
  cancel: {
    open: "Résilier l'abonnement",
    title: "Résilier l'abonnement de {org} ?",
    what: "Ce qui se passe",
    readOnly: "L'organisation passe aussitôt en lecture seule pour tout le monde : personne ne peut plus rien ajouter ni modifier.",
    deletion:
      "Le {date} (dans 90 jours), l'organisation et toutes ses données sont définitivement supprimées : utilisateurs, contacts, espaces de travail, commandes, factures, devis, domaines, e-mails et journal d'audit.",
    accounts: "Les comptes qui n'appartiennent à aucune autre organisation sont supprimés avec elle.",
    undo: "D'ici là, un administrateur de l'organisation peut réactiver l'abonnement ou exporter les données.",
    emails: "Les administrateurs de l'organisation reçoivent un e-mail maintenant, puis 30 jours et 7 jours avant la suppression.",
    confirmLabel: "Saisissez le nom de l'organisation ({org}) pour confirmer",
    submit: "Résilier l'abonnement",
    keep: "Garder l'abonnement",
    done: "L'abonnement est résilié.",
  },
  reactivate: {
    submit: "Réactiver",
    done: "L'abonnement est de nouveau actif.",
  },
  deleteNow: {
    open: "Supprimer maintenant",
    title: "Supprimer {org} maintenant ?",
    body: "L'organisation et toutes ses données sont supprimées aussitôt, définitivement. C'est irréversible.",
    confirmLabel: "Saisissez le nom de l'organisation ({org}) pour confirmer",
    submit: "Supprimer l'organisation",
  },
  errors: {
    nameMismatch: "Saisissez le nom de l'organisation exactement comme il est affiché.",
    notCancelled: "L'abonnement n'est pas résilié.",
    deleting: "L'organisation est en cours de suppression.",
  },
  email: {
    cancelledSubject: "L'abonnement de {org} est résilié",
    cancelledPreview: "{org} est en lecture seule et sera supprimée le {date}",
    cancelledHeading: "Abonnement résilié",
    cancelledBody:
      "L'abonnement de {org} a été résilié. L'organisation est en lecture seule et sera supprimée avec toutes ses données le {date}.",
    reminderSubject: "{org} sera supprimée dans {days, plural, one {# jour} other {# jours}}",
    reminderPreview: "{org} et toutes ses données seront supprimées le {date}",
    reminderHeading: "Suppression dans {days, plural, one {# jour} other {# jours}}",
    reminderBody: "L'abonnement de {org} est résilié. L'organisation et toutes ses données seront supprimées le {date}.",
    undo: "D'ici là, un administrateur de l'organisation peut réactiver l'abonnement ou exporter les données.",
    button: "Ouvrir la page Abonnement",
  },
};
