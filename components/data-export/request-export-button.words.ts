// The words of request-export-button.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The button and its confirmation. */
export const requestExportButtonWords = words("dataExport.request", "dataExport.requested");
