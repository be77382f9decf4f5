// PATCH: change a user's role; DELETE: remove the user. See lib/api/v1/users.ts.
import { changeUserRoleEndpoint, removeUserEndpoint } from "@/lib/api/v1/users";

export const dynamic = "force-dynamic";
export const PATCH = changeUserRoleEndpoint;
export const DELETE = removeUserEndpoint;
