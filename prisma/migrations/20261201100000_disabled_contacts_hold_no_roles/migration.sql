-- A disabled contact holds no role rows: Disable keeps its roles in "disabledRoles" for
-- Enable's dialog to offer, and Enable sets exactly the roles confirmed there. Edit used to
-- write roles on a disabled contact; those are moved beside the ones it had when disabled,
-- so Enable offers them (ticked) instead of dropping them unseen.
UPDATE "Contact" c
SET "disabledRoles" = ARRAY(
  SELECT DISTINCT role FROM unnest(c."disabledRoles" || ARRAY(SELECT r.role FROM "ContactRole" r WHERE r."contactId" = c.id)) AS role ORDER BY role
)
WHERE c.status = 'DISABLED' AND EXISTS (SELECT 1 FROM "ContactRole" r WHERE r."contactId" = c.id);

DELETE FROM "ContactRole" r USING "Contact" c WHERE r."contactId" = c.id AND c.status = 'DISABLED';
