// POST: send a contact invitation again. See lib/api/v1/invitations.ts.
import { resendInvitationEndpoint } from "@/lib/api/v1/invitations";

export const dynamic = "force-dynamic";
export const POST = resendInvitationEndpoint;
