// GET: the workspaces list; POST: create a workspace. See lib/api/v1/workspaces.ts.
import { createWorkspaceEndpoint, listWorkspacesEndpoint } from "@/lib/api/v1/workspaces";

export const dynamic = "force-dynamic";
export const GET = listWorkspacesEndpoint;
export const POST = createWorkspaceEndpoint;
