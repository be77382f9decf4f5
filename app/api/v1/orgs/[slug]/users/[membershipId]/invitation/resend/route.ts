// POST: send a pending user's invitation again. See lib/api/v1/users.ts.
import { resendUserInvitationEndpoint } from "@/lib/api/v1/users";

export const dynamic = "force-dynamic";
export const POST = resendUserInvitationEndpoint;
