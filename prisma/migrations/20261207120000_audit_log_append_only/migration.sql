-- The audit log's filters each read one index in the list's order (newest first, by key):
-- the organization alone or with a date range, by person, by action, by kind of target.
-- A single target's few events come from the existing ("targetType", "targetId") index.
DROP INDEX "AuditEvent_organizationId_createdAt_idx";
CREATE INDEX "AuditEvent_organizationId_createdAt_id_idx" ON "AuditEvent"("organizationId", "createdAt", "id");
CREATE INDEX "AuditEvent_organizationId_actorUserId_createdAt_id_idx" ON "AuditEvent"("organizationId", "actorUserId", "createdAt", "id");
CREATE INDEX "AuditEvent_organizationId_action_createdAt_id_idx" ON "AuditEvent"("organizationId", "action", "createdAt", "id");
CREATE INDEX "AuditEvent_organizationId_targetType_createdAt_id_idx" ON "AuditEvent"("organizationId", "targetType", "createdAt", "id");

-- Hand-written (Prisma cannot express triggers): audit events are append-only. The database
-- refuses to change or remove one, with two exceptions:
-- - the deletion of an organization, which sets roster.deleting_organization to its id in
--   its own transaction, removes that organization's events (and only those);
-- - deleting an account sets its events' "actorUserId" to NULL (the foreign key's ON DELETE
--   SET NULL): allowed only as that, once the account is gone, with nothing else changed.
CREATE FUNCTION roster_audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    RAISE EXCEPTION 'audit events are append-only: TRUNCATE refused on "AuditEvent"' USING ERRCODE = '42501';
  ELSIF TG_OP = 'DELETE' THEN
    IF OLD."organizationId" IS NOT NULL AND OLD."organizationId" = current_setting('roster.deleting_organization', true) THEN
      RETURN OLD;
    END IF;
  ELSIF NEW."actorUserId" IS NULL AND OLD."actorUserId" IS NOT NULL
    AND (NEW.id, NEW."organizationId", NEW.action, NEW."targetType", NEW."targetId", NEW.metadata::text, NEW.ip, NEW."userAgent", NEW."createdAt")
      IS NOT DISTINCT FROM
        (OLD.id, OLD."organizationId", OLD.action, OLD."targetType", OLD."targetId", OLD.metadata::text, OLD.ip, OLD."userAgent", OLD."createdAt")
    AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = OLD."actorUserId") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit events are append-only: % refused on "AuditEvent"', TG_OP USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION roster_audit_event_append_only();

-- TRUNCATE bypasses row triggers: refuse it too.
CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION roster_audit_event_append_only();
