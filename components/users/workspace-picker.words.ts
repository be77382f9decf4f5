// The words of workspace-picker.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The picker of a person's workspaces. */
export const workspacePickerWords = words("users.picker");
