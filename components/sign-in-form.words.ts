// The words of sign-in-form.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The form. */
export const signInFormWords = words("auth.emailLabel", "auth.sendLink", "common.loading");
