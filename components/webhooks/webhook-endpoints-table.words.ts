// The words of webhook-endpoints-table.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";
import { secretDialogWords } from "./secret-dialog.words";

export const webhookEndpointsTableWords = words(
  "webhooks.columns",
  "webhooks.caption",
  "webhooks.empty",
  "webhooks.status",
  "webhooks.actions",
  "webhooks.eventNames",
  "webhooks.rotate",
  "webhooks.remove",
  "common.close",
  "common.cancel",
  secretDialogWords,
);
