import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AccessError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { canHandleWorkspaceContacts, lockVisibleWorkspace } from "./visibility";
import { addWorkspaceContactSchema } from "./schemas";

/**
 * *Add workspace contact* (a customer record handled in the workspace: name, optional email
 * and phone), unassigned. Who may: those who manage workspaces (org admins, user admins) and
 * the workspace's own members; everyone else who sees the workspace only reads it.
 */
export const addWorkspaceContact = defineOrgAction({
  capability: "workspaces.viewAssigned",
  schema: addWorkspaceContactSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const workspace = await lockVisibleWorkspace(tx, access, input.workspaceId);
      if (!canHandleWorkspaceContacts(access, workspace)) throw new AccessError("FORBIDDEN");
      const contact = await tx.workspaceContact.create({
        data: { organizationId, workspaceId: workspace.id, name: input.name, email: input.email, phone: input.phone },
        select: { id: true, name: true },
      });
      await audit(tx, actor, {
        organizationId,
        action: "workspace_contact.created",
        targetType: "WorkspaceContact",
        targetId: contact.id,
        metadata: { workspaceId: workspace.id, name: input.name, email: input.email },
      });
      return contact;
    });
  },
});
