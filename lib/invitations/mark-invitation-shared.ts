// The invitation left the dialog: the admin pressed Copy (or copied its text), or opened it
// in their mail client. From then on it is listed as pending (someone may hold its link);
// an invitation never shared stays off the list, not to clutter it. Sending it by email
// marks it too (send-invitation-email.ts). Marking again changes nothing.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit/audit";
import { idField } from "@/lib/validation/fields";
import { lockContactInvitation } from "./state";

export const markInvitationSharedSchema = z.object({
  invitationId: idField,
  via: z.enum(["copy", "mailClient"], { error: "errors.invalid" }),
});

export const markInvitationShared = defineOrgAction({
  capability: "contacts.manage",
  schema: markInvitationSharedSchema,
  write: true,
  async run({ access, actor, input }): Promise<{ invitationId: string; sharedAt: Date }> {
    return db.$transaction(async (tx) => {
      const invitation = await lockContactInvitation(tx, { id: input.invitationId, organizationId: access.organization.id });
      if (invitation.sharedAt) return { invitationId: invitation.id, sharedAt: invitation.sharedAt };
      const now = new Date();
      await tx.invitation.update({ where: { id: invitation.id }, data: { sharedAt: now } });
      await audit(tx, actor, {
        organizationId: access.organization.id,
        action: "invitation.shared",
        targetType: "Invitation",
        targetId: invitation.id,
        metadata: { via: input.via },
      });
      return { invitationId: invitation.id, sharedAt: now };
    });
  },
});
