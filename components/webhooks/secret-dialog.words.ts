// The words of secret-dialog.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

export const secretDialogWords = words("webhooks.secret", "common.close");
