// DELETE: revoke a contact invitation. See lib/api/v1/invitations.ts.
import { revokeInvitationEndpoint } from "@/lib/api/v1/invitations";

export const dynamic = "force-dynamic";
export const DELETE = revokeInvitationEndpoint;
