// The words of api-keys-table.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

export const apiKeysTableWords = words(
  "apiKeys.columns",
  "apiKeys.caption",
  "apiKeys.empty",
  "apiKeys.neverUsed",
  "apiKeys.neverExpires",
  "apiKeys.expired",
  "apiKeys.deletedAccount",
  "apiKeys.revoke",
  "roles",
  "common.close",
  "common.cancel",
);
