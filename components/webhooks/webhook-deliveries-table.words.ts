// The words of webhook-deliveries-table.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

export const webhookDeliveriesTableWords = words("webhooks.log", "webhooks.eventNames");
