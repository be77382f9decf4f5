// GET: the users list (filters and cursor); POST: invite a user. See lib/api/v1/users.ts.
import { inviteUserEndpoint, listUsersEndpoint } from "@/lib/api/v1/users";

export const dynamic = "force-dynamic";
export const GET = listUsersEndpoint;
export const POST = inviteUserEndpoint;
