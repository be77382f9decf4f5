// What the workspace pickers of *Add user* and *Edit* need, loaded when the dialog opens
// (not with the page, which keeps its statement budget): the organization's workspaces and,
// for a user, the ones they have.
import { Prisma } from "@/lib/db/generated/client";
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { idField } from "@/lib/validation/fields";

/** Pickers show at most this many workspaces (far above any real organization's). */
export const WORKSPACE_OPTIONS_LIMIT = 500;

export type UserWorkspaceOptions = { workspaces: { id: string; name: string }[]; assigned: string[] };

export const loadUserWorkspaces = defineOrgAction({
  capability: "users.changeWorkspaces",
  schema: z.object({ membershipId: idField.optional() }),
  write: false,
  async run({ access, input }): Promise<UserWorkspaceOptions> {
    const organizationId = access.organization.id;
    // One statement: the organization's workspaces, each flagged when the membership has it.
    const rows = await db.$queryRaw<{ id: string; name: string; assigned: boolean; member: boolean }[]>(Prisma.sql`
      SELECT w.id, w.name,
        EXISTS (SELECT 1 FROM "WorkspaceAssignment" a WHERE a."organizationId" = w."organizationId" AND a."workspaceId" = w.id AND a."membershipId" = ${input.membershipId ?? null}) AS assigned,
        EXISTS (SELECT 1 FROM "Membership" m WHERE m."organizationId" = w."organizationId" AND m.id = ${input.membershipId ?? null}) AS member
      FROM "Workspace" w WHERE w."organizationId" = ${organizationId}
      ORDER BY lower(w.name), w.id LIMIT ${WORKSPACE_OPTIONS_LIMIT}`);
    if (input.membershipId && rows.length > 0 && !rows[0].member)
      throw new AppError("NOT_FOUND", "users.errors.notFound", { field: "membershipId" });
    return { workspaces: rows.map(({ id, name }) => ({ id, name })), assigned: rows.filter((r) => r.assigned).map((r) => r.id) };
  },
});
