// GET: pending contact invitations. See lib/api/v1/invitations.ts.
import { listInvitationsEndpoint } from "@/lib/api/v1/invitations";

export const dynamic = "force-dynamic";
export const GET = listInvitationsEndpoint;
