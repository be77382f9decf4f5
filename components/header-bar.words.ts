// The words of header-bar.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The header: the app's name, who is signed in, Sign in and Sign out. */
export const headerBarWords = words("app.name", "auth.signedInAs", "common.signIn", "common.signOut");
