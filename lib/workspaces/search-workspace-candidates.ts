import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { foldedContains } from "@/lib/db/like-pattern";
import { defineOrgAction } from "@/lib/actions/define-action";
import { lockVisibleWorkspace } from "./visibility";
import { candidateSearchSchema } from "./schemas";

export type WorkspaceCandidate = { membershipId: string; name: string | null; email: string; status: "ACTIVE" | "PENDING" };

/** *Add member*'s search: users of the organization matching a name or email, not yet in the workspace. */
export const searchWorkspaceCandidates = defineOrgAction({
  capability: "users.changeWorkspaces",
  schema: candidateSearchSchema,
  write: false,
  async run({ access, input }): Promise<WorkspaceCandidate[]> {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const workspace = await lockVisibleWorkspace(tx, access, input.workspaceId);
      return tx.$queryRaw<WorkspaceCandidate[]>(Prisma.sql`
        SELECT m.id AS "membershipId", u.name, u.email, m.status::text AS status
        FROM "Membership" m JOIN "User" u ON u.id = m."userId"
        WHERE m."organizationId" = ${organizationId}
          AND ${foldedContains(Prisma.sql`coalesce(u.name, '') || ' ' || u.email`, input.q)}
          AND NOT EXISTS (SELECT 1 FROM "WorkspaceAssignment" a WHERE a."organizationId" = m."organizationId" AND a."workspaceId" = ${workspace.id} AND a."membershipId" = m.id)
        ORDER BY unaccent(lower(coalesce(u.name, u.email))), m.id
        LIMIT 8`);
    });
  },
});
