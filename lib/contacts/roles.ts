// Writes a contact's organization-wide roles and reports the change.
import type { Tx } from "@/lib/db/prisma";
import type { ContactRoleType } from "@/lib/db/generated/enums";

export async function replaceContactRoles(tx: Tx, organizationId: string, contactId: string, roles: readonly ContactRoleType[]) {
  const before = (await tx.contactRole.findMany({ where: { contactId, organizationId }, select: { role: true } })).map((r) => r.role);
  const added = roles.filter((role) => !before.includes(role));
  const removed = before.filter((role) => !roles.includes(role));
  if (removed.length) await tx.contactRole.deleteMany({ where: { contactId, organizationId, role: { in: removed } } });
  if (added.length)
    await tx.contactRole.createMany({ data: added.map((role) => ({ organizationId, contactId, role })), skipDuplicates: true });
  return { before, added, removed };
}
