-- Enable offers the roles a contact had when it was disabled (issue 10, bug 2): Disable and
-- Disable & Reassign keep them, and the orders handed over, on the contact row.
ALTER TABLE "Contact" ADD COLUMN     "disabledRoles" "ContactRoleType"[] DEFAULT ARRAY[]::"ContactRoleType"[],
ADD COLUMN     "reassignedOrderIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Contacts disabled before this migration: the roles and orders their last disable recorded in the audit log.
UPDATE "Contact" c
SET "disabledRoles" = ARRAY(SELECT jsonb_array_elements_text(a.metadata -> 'rolesSwitchedOff'))::"ContactRoleType"[]
FROM (
  SELECT DISTINCT ON ("targetId") "targetId", metadata
  FROM "AuditEvent"
  WHERE action = 'contact.disabled' AND "targetType" = 'Contact'
  ORDER BY "targetId", "createdAt" DESC
) a
WHERE a."targetId" = c.id AND c.status = 'DISABLED' AND jsonb_typeof(a.metadata -> 'rolesSwitchedOff') = 'array';

UPDATE "Contact" c
SET "reassignedOrderIds" = ARRAY(
  SELECT DISTINCT e."targetId" FROM "AuditEvent" e
  WHERE e.action = 'order.contact_reassigned' AND e."targetType" = 'Order' AND e."organizationId" = c."organizationId"
    AND e.metadata ->> 'from' = c.id AND e."targetId" IS NOT NULL AND e."createdAt" >= c."disabledAt" - interval '1 minute'
)
WHERE c.status = 'DISABLED' AND c."disabledAt" IS NOT NULL;

-- Contact invitations are listed as pending once shared (copied, opened in a mail client or
-- emailed: bug 4). Those made before kept showing: they count as shared.
ALTER TABLE "Invitation" ADD COLUMN     "sharedAt" TIMESTAMP(3);
UPDATE "Invitation" SET "sharedAt" = COALESCE("lastSentAt", "createdAt");
