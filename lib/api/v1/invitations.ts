// REST API v1 contact invitations: *Invite a contact* (created and sent by email in one call:
// lib/invitations/invite-contact-by-email.ts), the contacts page's pending list, *Resend* and *Revoke*.
import { listPendingInvitations } from "@/lib/invitations/list-pending-invitations";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { inviteContactByEmail } from "@/lib/invitations/invite-contact-by-email";
import { apiRead, apiWrite } from "../route";

export const listInvitationsEndpoint = apiRead({
  capability: "contacts.view",
  async run({ access }) {
    const { invitations, hasMore } = await listPendingInvitations(access);
    return { data: invitations, hasMore };
  },
});

export const resendInvitationEndpoint = apiWrite(resendInvitation, { noBody: true });
export const revokeInvitationEndpoint = apiWrite(revokeInvitation, { noBody: true });
export const inviteContactEndpoint = apiWrite(inviteContactByEmail, { fields: ["email", "roles", "language"], status: 201 });
