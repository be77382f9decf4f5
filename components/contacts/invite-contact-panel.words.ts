// The words of invite-contact-panel.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The Invite tab. */
export const inviteContactPanelWords = words(
  "common.cancel",
  "common.close",
  "common.english",
  "common.french",
  "common.loading",
  "contactRoles",
  "invitations.panel",
  "invitations.roleDescriptions",
);
