// Settings → Notifications: the words of its recipients tables, and the frame every preview
// link opens in (links: routes.notificationPreview). A plain module: the server page and the
// client table both use it.
import type { MessagePath } from "@/lib/i18n/pick-messages";

export const RECIPIENT_MESSAGES: readonly MessagePath[] = [
  "notifications.columns",
  "notifications.rules",
  "notifications.inLanguage",
  "notifications.languages",
];

/** The name of the frame every preview link opens in. */
export const PREVIEW_FRAME = "preview";
