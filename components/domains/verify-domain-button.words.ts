// The words of verify-domain-button.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** Verify. */
export const verifyDomainButtonWords = words("domains.verify", "domains.verifying");
