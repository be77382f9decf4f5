// The words of the import page's client components (upload form, Apply button).
import { words } from "@/lib/i18n/pick-messages";

export const uploadUsersFormWords = words("users.import.fileLabel", "users.import.upload", "users.import.uploading", "users.import.errors");
export const applyImportButtonWords = words("users.import.apply", "users.import.applying");
