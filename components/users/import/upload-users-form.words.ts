// The words of upload-users-form.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

export const uploadUsersFormWords = words("users.import.fileLabel", "users.import.upload", "users.import.uploading", "users.import.errors");
