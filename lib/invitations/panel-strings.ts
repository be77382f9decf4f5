// Translated labels of the *Invite a contact* panel, built on the server from the
// request's translator: `<InviteContactPanel strings={inviteContactPanelStrings(t)} .../>`.
import type { Translate } from "@/lib/i18n";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import type { InviteContactPanelStrings } from "@/components/contacts/invite-contact-panel";

export function inviteContactPanelStrings(t: Translate): InviteContactPanelStrings {
  const byRole = (label: (role: ContactRoleType) => string) =>
    Object.fromEntries(CONTACT_ROLES.map((role) => [role, label(role)])) as Record<ContactRoleType, string>;
  return {
    intro: t("invitations.panel.intro"),
    rolesLegend: t("invitations.panel.rolesLegend"),
    notificationsLegend: t("invitations.panel.notificationsLegend"),
    roleLabels: byRole((role) => t(`contactRoles.${role}`)),
    roleDescriptions: byRole((role) => t(`invitations.roleDescriptions.${role}`)),
    language: t("invitations.panel.language"),
    languageHint: t("invitations.panel.languageHint"),
    languageOptions: { en: t("common.english"), fr: t("common.french") },
    next: t("invitations.panel.next"),
    working: t("common.loading"),
    shareIntro: t("invitations.panel.shareIntro"),
    message: t("invitations.panel.message"),
    link: t("invitations.panel.link"),
    copy: t("invitations.panel.copy"),
    copied: t("invitations.panel.copied"),
    copyManually: t("invitations.panel.copyManually"),
    emailClient: t("invitations.panel.emailClient"),
    sendLegend: t("invitations.panel.sendLegend"),
    email: t("invitations.panel.email"),
    send: t("invitations.panel.send"),
    sending: t("invitations.panel.sending"),
    sentTo: t("invitations.panel.sentTo"),
    sentToReplacing: t("invitations.panel.sentToReplacing"),
    lastSentHint: t("invitations.panel.lastSentHint"),
    newInvitation: t("invitations.panel.newInvitation"),
  };
}
