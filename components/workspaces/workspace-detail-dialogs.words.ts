// The words of workspace-detail-dialogs.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The Add member button. */
export const addMemberButtonWords = words("workspaces.detail.addMember");

/** The Add workspace contact button. */
export const addContactButtonWords = words("workspaces.detail.addContact");

/** Add member, Remove member, Add workspace contact and Assign (fetched with the first request). */
export const workspaceDetailDialogsWords = words("common.cancel", "common.close", "workspaces.detail");
