// English is the source of every message; fr.ts must have the same keys (type-checked).
import { billingEn } from "./billing.en";
import { contactsEn } from "./contacts.en";
import { domainsEn } from "./domains.en";
import { invitationsEn } from "./invitations.en";
import { outboxEn } from "./outbox.en";
import { auditEn } from "./audit.en";
import { apiEn, apiKeysEn } from "./api-keys.en";
import { webhooksEn } from "./webhooks.en";
import { dataExportEn } from "./data-export.en";
import { uiEn } from "./ui.en";
import { overviewEn } from "./overview.en";
import { orgsEn } from "./orgs.en";
import { usersEn } from "./users.en";
import { workspacesEn } from "./workspaces.en";
import { notificationEmailsEn } from "./notification-emails.en";
import { notificationsEn } from "./notifications.en";
import { paginationEn } from "./pagination.en";
import { settingsEn } from "./settings.en";
import { subscriptionEn } from "./subscription.en";

export const en = {
  billing: billingEn,
  contacts: contactsEn,
  domains: domainsEn,
  invitations: invitationsEn,
  outbox: outboxEn,
  audit: auditEn,
  apiKeys: apiKeysEn,
  api: apiEn,
  webhooks: webhooksEn,
  dataExport: dataExportEn,
  ui: uiEn,
  overview: overviewEn,
  orgs: orgsEn,
  users: usersEn,
  workspaces: workspacesEn,
  notificationEmails: notificationEmailsEn,
  notifications: notificationsEn,
  pagination: paginationEn,
  settings: settingsEn,
  subscription: subscriptionEn,
  app: { name: "Roster", tagline: "The people around your account, in one place." },
  common: {
    save: "Save",
    cancel: "Cancel",
    next: "Next",
    back: "Back",
    close: "Close",
    delete: "Delete",
    edit: "Edit",
    search: "Search",
    loading: "Loading…",
    language: "Language",
    english: "English",
    french: "Français",
    signOut: "Sign out",
    signIn: "Sign in",
    yes: "Yes",
    no: "No",
    none: "None",
    actions: "Actions",
    previous: "Previous",
    page: "Page {page} of {pages}",
    total: "{count} in total",
    genericError: "Something went wrong. Please try again.",
    skipToContent: "Skip to content",
  },
  errors: {
    required: "This field is required.",
    email: "Enter a valid email address.",
    tooLong: "At most {max} characters.",
    tooShort: "At least {min} characters.",
    invalid: "This value is not valid.",
    slugTaken: "This address is already taken; choose another.",
    slugFormat: "Use lowercase letters, digits and hyphens (3 to 48 characters).",
    notFound: "Not found.",
    forbidden: "You do not have permission to do this.",
    unauthenticated: "Please sign in first.",
    readOnly:
      "This organization's subscription is cancelled: it is read-only, and nothing can be changed until an organization admin reactivates it.",
    lineBreak: "Use a single line, without line breaks.",
    controlCharacters: "Remove the invisible control characters from this text.",
    bidiCharacters: "Remove the invisible text-direction characters from this text: they can disguise what it says.",
    tooManyOrganizations: "You have created too many organizations today. Try again in {wait}.",
    tooManyEmails: "Too many emails are being sent right now. Try again in {wait}.",
    tooLarge: "This request is too large.",
  },
  auth: {
    signInTitle: "Sign in to Roster",
    signInIntro: "Enter your email and we will send you a link to sign in. No password needed.",
    emailLabel: "Email address",
    sendLink: "Send sign-in link",
    checkEmailTitle: "Check your email",
    checkEmailBody: "A sign-in link is on its way. Open it on this device to continue. The link expires in {lifetime}.",
    errorTitle: "Sign-in problem",
    errorVerification: "This sign-in link has expired or was already used. Request a new one.",
    errorDefault: "We could not sign you in. Please try again.",
    confirmTitle: "Sign in to Roster",
    confirmBody: "You are about to sign in as {email}.",
    confirmButton: "Sign in",
    confirmWhy: "This extra step keeps email security scanners from using up your single-use link.",
    confirmInvalid: "This sign-in link is incomplete. Copy the whole link from the email, or request a new one.",
    signedInAs: "Signed in as {email}",
    tooManyRequests: "Too many sign-in requests. Try again in {wait}.",
    busy: "Too many sign-in requests right now. If no email arrives, try again in {wait}.",
  },
  home: {
    title: "Your organizations",
    empty: "You are not part of any organization yet. Create one to get started.",
    createTitle: "Create organization",
    nameLabel: "Organization name",
    slugLabel: "Address",
    slugHelp: "Used in links: /orgs/{slug}",
    create: "Create organization",
    role: "Your role: {role}",
    open: "Open {name}",
  },
  roles: {
    ORG_ADMIN: "Org admin",
    BILLING_ADMIN: "Billing admin",
    USER_ADMIN: "User admin",
    MEMBER: "Member",
  },
  contactRoles: {
    PRIMARY_LICENSEE: "Primary licensee",
    PRIMARY_TECHNICAL: "Primary technical",
    PRIMARY_BILLING: "Primary billing",
    UNPAID_INVOICES: "Unpaid invoices",
    NEW_QUOTES: "New quotes",
    SECURITY_PRIVACY: "Security & privacy",
    DATA_PROTECTION: "Data protection",
    LICENSEE: "Licensee",
    BILLING: "Billing",
  },
  nav: {
    main: "Organization",
    overview: "Overview",
    contacts: "Contacts",
    users: "Users",
    workspaces: "Workspaces",
    billing: "Billing",
    settings: "Settings",
    organizations: "Organizations",
    switchLanguage: "Language",
  },
  org: {
    forbiddenTitle: "Access denied",
    forbiddenBody: "Your role in this organization does not allow this page.",
    notFoundTitle: "Not found",
    notFoundBody: "This page does not exist, or you do not have access to it.",
  },
  mailbox: {
    title: "Mailbox (mail capture)",
    intro: "Every email the app sends is captured here, because no SMTP_URL is set.",
    empty: "No email captured yet.",
    to: "To",
    subject: "Subject",
    date: "Date",
    from: "From",
    html: "HTML",
    text: "Text",
    open: "Open",
    backToList: "Back to the mailbox",
    caption: "Captured emails, newest first",
    htmlPreview: "HTML version of the email",
    noSubject: "(no subject)",
  },
  emails: {
    buttonFallback: "If the button does not work, copy this link into your browser:",
    signIn: {
      subject: "Sign in to Roster",
      preheader: "Your sign-in link",
      heading: "Sign in to Roster",
      body: "Click the button below to sign in as {email}. The link works once and expires in {lifetime}.",
      button: "Sign in",
      ignore: "If you did not ask for this email, you can ignore it.",
    },
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
