import type { Messages } from "./en";

import { billingFr } from "./billing.fr";
import { contactsFr } from "./contacts.fr";
import { domainsFr } from "./domains.fr";
import { invitationsFr } from "./invitations.fr";
import { outboxFr } from "./outbox.fr";
import { auditFr } from "./audit.fr";
import { apiFr, apiKeysFr } from "./api-keys.fr";
import { webhooksFr } from "./webhooks.fr";
import { dataExportFr } from "./data-export.fr";
import { uiFr } from "./ui.fr";
import { overviewFr } from "./overview.fr";
import { orgsFr } from "./orgs.fr";
import { usersFr } from "./users.fr";
import { workspacesFr } from "./workspaces.fr";
import { notificationEmailsFr } from "./notification-emails.fr";
import { notificationsFr } from "./notifications.fr";
import { paginationFr } from "./pagination.fr";
import { settingsFr } from "./settings.fr";
import { subscriptionFr } from "./subscription.fr";

export const fr: Messages = {
  billing: billingFr,
  contacts: contactsFr,
  domains: domainsFr,
  invitations: invitationsFr,
  outbox: outboxFr,
  audit: auditFr,
  apiKeys: apiKeysFr,
  api: apiFr,
  webhooks: webhooksFr,
  dataExport: dataExportFr,
  ui: uiFr,
  overview: overviewFr,
  orgs: orgsFr,
  users: usersFr,
  workspaces: workspacesFr,
  notificationEmails: notificationEmailsFr,
  notifications: notificationsFr,
  pagination: paginationFr,
  settings: settingsFr,
  subscription: subscriptionFr,
  app: { name: "Roster", tagline: "Les personnes autour de votre compte, au même endroit." },
  common: {
    save: "Enregistrer",
    cancel: "Annuler",
    next: "Suivant",
    back: "Retour",
    close: "Fermer",
    delete: "Supprimer",
    edit: "Modifier",
    search: "Rechercher",
    loading: "Chargement…",
    language: "Langue",
    english: "English",
    french: "Français",
    signOut: "Se déconnecter",
    signIn: "Se connecter",
    yes: "Oui",
    no: "Non",
    none: "Aucun",
    actions: "Actions",
    previous: "Précédent",
    page: "Page {page} sur {pages}",
    total: "{count} au total",
    genericError: "Une erreur est survenue. Veuillez réessayer.",
    skipToContent: "Aller au contenu",
  },
  errors: {
    required: "Ce champ est obligatoire.",
    email: "Saisissez une adresse e-mail valide.",
    tooLong: "{max} caractères au maximum.",
    tooShort: "{min} caractères au minimum.",
    invalid: "Cette valeur n'est pas valide.",
    slugTaken: "Cette adresse est déjà prise ; choisissez-en une autre.",
    slugFormat: "Utilisez des minuscules, des chiffres et des tirets (3 à 48 caractères).",
    notFound: "Introuvable.",
    forbidden: "Vous n'avez pas l'autorisation de faire cela.",
    unauthenticated: "Veuillez d'abord vous connecter.",
    readOnly:
      "L'abonnement de cette organisation est résilié : elle est en lecture seule, et rien ne peut être modifié tant qu'un administrateur de l'organisation ne l'a pas réactivé.",
    lineBreak: "Saisissez une seule ligne, sans retour à la ligne.",
    controlCharacters: "Retirez de ce texte les caractères de contrôle invisibles.",
    bidiCharacters: "Retirez de ce texte les caractères invisibles de sens d'écriture : ils peuvent en déguiser le contenu.",
    tooManyOrganizations: "Vous avez créé trop d'organisations aujourd'hui. Réessayez dans {wait}.",
    tooManyEmails: "Trop d'e-mails sont envoyés en ce moment. Réessayez dans {wait}.",
    tooLarge: "Cette requête est trop volumineuse.",
  },
  auth: {
    signInTitle: "Se connecter à Roster",
    signInIntro: "Saisissez votre e-mail : nous vous enverrons un lien de connexion. Aucun mot de passe.",
    emailLabel: "Adresse e-mail",
    sendLink: "Envoyer le lien de connexion",
    checkEmailTitle: "Consultez vos e-mails",
    checkEmailBody: "Un lien de connexion est en route. Ouvrez-le sur cet appareil pour continuer. Il expire dans {lifetime}.",
    errorTitle: "Problème de connexion",
    errorVerification: "Ce lien de connexion a expiré ou a déjà été utilisé. Demandez-en un nouveau.",
    errorDefault: "Nous n'avons pas pu vous connecter. Veuillez réessayer.",
    confirmTitle: "Se connecter à Roster",
    confirmBody: "Vous allez vous connecter en tant que {email}.",
    confirmButton: "Se connecter",
    confirmWhy: "Cette étape évite que les outils d'analyse des e-mails n'utilisent votre lien à usage unique.",
    confirmInvalid: "Ce lien de connexion est incomplet. Copiez le lien entier depuis l'e-mail, ou demandez-en un nouveau.",
    signedInAs: "Connecté en tant que {email}",
    tooManyRequests: "Trop de demandes de connexion. Réessayez dans {wait}.",
    busy: "Trop de demandes de connexion en ce moment. Si aucun e-mail n'arrive, réessayez dans {wait}.",
  },
  home: {
    title: "Vos organisations",
    empty: "Vous ne faites encore partie d'aucune organisation. Créez-en une pour commencer.",
    createTitle: "Créer une organisation",
    nameLabel: "Nom de l'organisation",
    slugLabel: "Adresse",
    slugHelp: "Utilisée dans les liens : /orgs/{slug}",
    create: "Créer l'organisation",
    role: "Votre rôle : {role}",
    open: "Ouvrir {name}",
  },
  roles: {
    ORG_ADMIN: "Administrateur de l'organisation",
    BILLING_ADMIN: "Administrateur de facturation",
    USER_ADMIN: "Administrateur des utilisateurs",
    MEMBER: "Membre",
  },
  contactRoles: {
    PRIMARY_LICENSEE: "Licencié principal",
    PRIMARY_TECHNICAL: "Contact technique principal",
    PRIMARY_BILLING: "Contact de facturation principal",
    UNPAID_INVOICES: "Factures impayées",
    NEW_QUOTES: "Nouveaux devis",
    SECURITY_PRIVACY: "Sécurité et confidentialité",
    DATA_PROTECTION: "Protection des données",
    LICENSEE: "Licencié",
    BILLING: "Facturation",
  },
  nav: {
    main: "Organisation",
    overview: "Vue d'ensemble",
    contacts: "Contacts",
    users: "Utilisateurs",
    workspaces: "Espaces de travail",
    billing: "Facturation",
    settings: "Paramètres",
    organizations: "Organisations",
    switchLanguage: "Langue",
  },
  org: {
    forbiddenTitle: "Accès refusé",
    forbiddenBody: "Votre rôle dans cette organisation ne permet pas d'accéder à cette page.",
    notFoundTitle: "Introuvable",
    notFoundBody: "Cette page n'existe pas, ou vous n'y avez pas accès.",
  },
  mailbox: {
    title: "Boîte de réception (capture des e-mails)",
    intro: "Chaque e-mail envoyé par l'application est capturé ici, car aucun SMTP_URL n'est défini.",
    empty: "Aucun e-mail capturé pour l'instant.",
    to: "À",
    subject: "Objet",
    date: "Date",
    from: "De",
    html: "HTML",
    text: "Texte",
    open: "Ouvrir",
    backToList: "Retour à la boîte de réception",
    caption: "E-mails capturés, du plus récent au plus ancien",
    htmlPreview: "Version HTML de l'e-mail",
    noSubject: "(sans objet)",
  },
  emails: {
    buttonFallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    signIn: {
      subject: "Connexion à Roster",
      preheader: "Votre lien de connexion",
      heading: "Se connecter à Roster",
      body: "Cliquez sur le bouton ci-dessous pour vous connecter en tant que {email}. Le lien ne sert qu'une fois et expire dans {lifetime}.",
      button: "Se connecter",
      ignore: "Si vous n'avez pas demandé cet e-mail, vous pouvez l'ignorer.",
    },
  },
};
