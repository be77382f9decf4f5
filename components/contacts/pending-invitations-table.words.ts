// The words of pending-invitations-table.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The table, when there are pending invitations. */
export const pendingInvitationsTableWords = words("invitations.pending", "contactRoles", "common.none");

/** Revoke's dialog, for those who manage contacts. */
export const pendingInvitationsRevokeWords = words("common.cancel", "common.close");
