// The words of create-webhook-form.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";
import { secretDialogWords } from "./secret-dialog.words";

export const createWebhookFormWords = words("webhooks.create", "webhooks.eventNames", secretDialogWords);
