// REST API v1 contact invitations: *Invite a contact* (created and sent by email in one call:
// lib/invitations/invite-contact-by-email.ts), the contacts page's pending list, *Resend* and *Revoke*.
import { listPendingInvitations } from "@/lib/invitations/list-pending-invitations";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { inviteContactByEmail } from "@/lib/invitations/invite-contact-by-email";
import { apiRead, apiWrite } from "../route";
import {
  contactInvitationSchema,
  isoTimestamp,
  pendingInvitationListSchema,
  revokedInvitationSchema,
  sentInvitationSchema,
} from "./responses";

export const listInvitationsEndpoint = apiRead({
  capability: "contacts.view",
  response: pendingInvitationListSchema,
  async run({ access }) {
    const { invitations, hasMore } = await listPendingInvitations(access);
    return {
      data: invitations.map(({ id, roles, email, createdBy, createdAt, expiresAt, lastSentAt, expired }) => ({
        id,
        roles,
        email,
        createdBy,
        createdAt: isoTimestamp(createdAt),
        expiresAt: isoTimestamp(expiresAt),
        lastSentAt: lastSentAt && isoTimestamp(lastSentAt),
        expired,
      })),
      hasMore,
    };
  },
});

export const resendInvitationEndpoint = apiWrite(resendInvitation, {
  noBody: true,
  response: sentInvitationSchema,
  present: ({ email, expiresAt }) => ({ email, expiresAt: isoTimestamp(expiresAt) }),
});
export const revokeInvitationEndpoint = apiWrite(revokeInvitation, {
  noBody: true,
  response: revokedInvitationSchema,
  present: ({ invitationId }) => ({ invitationId }),
});
export const inviteContactEndpoint = apiWrite(inviteContactByEmail, {
  fields: ["email", "roles", "language"],
  status: 201,
  response: contactInvitationSchema,
  present: ({ invitationId, email, expiresAt }) => ({ invitationId, email, expiresAt: isoTimestamp(expiresAt) }),
});
