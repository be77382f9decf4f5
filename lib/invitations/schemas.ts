// One zod schema per invitations input, shared by the forms (client) and the actions (server).
import { z } from "zod";
import { emailField } from "@/lib/auth/schemas";
import { contactRolesField } from "@/lib/contacts/schemas";
import { idField, languageField, nameField } from "@/lib/validation/fields";

/** The token from a link: opaque; a malformed one is simply not found. */
export const tokenField = z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(200, "errors.invalid");

export const createContactInvitationSchema = z.object({
  roles: contactRolesField.refine((roles) => roles.length > 0, "invitations.errors.noRoles"),
  language: languageField,
});
export type CreateContactInvitationInput = z.output<typeof createContactInvitationSchema>;

/** The dialog posts back the token it showed, so the emailed link is the one on screen. */
export const sendInvitationEmailSchema = z.object({
  invitationId: idField,
  token: tokenField,
  email: emailField,
});
export type SendInvitationEmailInput = z.output<typeof sendInvitationEmailSchema>;

export const invitationIdSchema = z.object({ invitationId: idField });

/** The accept page asks for the name the contact gets (pre-filled from the account); callers without it keep the account's. */
export const acceptInvitationSchema = z.object({ token: tokenField, name: nameField.optional() });

export const PENDING_INVITATIONS_LIMIT = 50;
