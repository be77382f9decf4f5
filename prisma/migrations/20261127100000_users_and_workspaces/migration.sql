-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "defaultLocale" "Locale" NOT NULL DEFAULT 'en';

-- CreateIndex
CREATE INDEX "Invitation_organizationId_email_idx" ON "Invitation"("organizationId", "email");

-- Hand-written (Prisma cannot express triggers): SPEC §1 "an organization always keeps at
-- least one active ORG_ADMIN", guaranteed by the database. A deferred constraint trigger
-- checks, at commit, every transaction that took an ACTIVE ORG_ADMIN membership away (delete,
-- demotion, or status change). It first locks the organization row, so two transactions
-- checking the same organization run one after the other: under READ COMMITTED the second
-- one's count, taken after the lock, sees what the first committed. Two admins removing or
-- demoting each other at the same moment: one commits, the other fails with
-- check_violation on the constraint name "membership_keeps_an_org_admin".
-- An organization being deleted (its memberships cascade) is no longer found: nothing to keep.
CREATE FUNCTION "membership_keeps_an_org_admin"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.role = 'ORG_ADMIN' AND NEW.status = 'ACTIVE' AND NEW."organizationId" = OLD."organizationId" THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM "Organization" WHERE id = OLD."organizationId" FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "Membership" WHERE "organizationId" = OLD."organizationId" AND role = 'ORG_ADMIN' AND status = 'ACTIVE') THEN
    RAISE EXCEPTION 'organization % would have no active ORG_ADMIN', OLD."organizationId"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'membership_keeps_an_org_admin';
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "membership_keeps_an_org_admin"
  AFTER DELETE OR UPDATE OF role, status, "organizationId" ON "Membership"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  WHEN (OLD.role = 'ORG_ADMIN' AND OLD.status = 'ACTIVE')
  EXECUTE FUNCTION "membership_keeps_an_org_admin"();
