// GET: pending contact invitations; POST: invite a contact by email. See lib/api/v1/invitations.ts.
import { inviteContactEndpoint, listInvitationsEndpoint } from "@/lib/api/v1/invitations";

export const dynamic = "force-dynamic";
export const GET = listInvitationsEndpoint;
export const POST = inviteContactEndpoint;
