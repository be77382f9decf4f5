// The words of accept-invitation-form.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The form and what it says once accepted. */
export const acceptInvitationFormWords = words(
  "invitations.accept.nameLabel",
  "invitations.accept.nameHint",
  "invitations.accept.accept",
  "invitations.accept.accepting",
  "invitations.accept.acceptedTitle",
  "invitations.accept.acceptedWithAccess",
  "invitations.accept.acceptedNoAccess",
  "invitations.accept.open",
  "invitations.accept.home",
  "users.accept.acceptedTitle",
  "users.accept.acceptedBody",
  "users.accept.nameHint",
);
