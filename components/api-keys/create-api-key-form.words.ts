// The words of create-api-key-form.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

export const createApiKeyFormWords = words("apiKeys.create", "apiKeys.created", "roles", "common.close");
