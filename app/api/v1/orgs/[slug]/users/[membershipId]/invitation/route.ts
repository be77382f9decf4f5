// DELETE: revoke a pending user's invitation. See lib/api/v1/users.ts.
import { revokeUserInvitationEndpoint } from "@/lib/api/v1/users";

export const dynamic = "force-dynamic";
export const DELETE = revokeUserInvitationEndpoint;
