// PUT: the user's whole set of workspaces. See lib/api/v1/users.ts.
import { setUserWorkspacesEndpoint } from "@/lib/api/v1/users";

export const dynamic = "force-dynamic";
export const PUT = setUserWorkspacesEndpoint;
