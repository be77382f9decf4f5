// The words of preview-frame.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The preview frame's announcement. */
export const previewFrameWords = words("notifications.previewLoaded");
