// The words of create-organization-form.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The form. */
export const createOrganizationFormWords = words("home.nameLabel", "home.slugLabel", "home.slugHelp", "home.create");
