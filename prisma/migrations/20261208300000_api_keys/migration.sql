-- REST API keys (only the SHA-256 of each secret) and the stored first answers of writes sent
-- with an Idempotency-Key; audit events name the key a change came through.
-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "actorApiKeyId" TEXT;

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "OrgRole" NOT NULL,
    "lookupId" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "rateWindowStart" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rateWindowHits" INTEGER NOT NULL DEFAULT 0,
    "ratePreviousHits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiIdempotentResponse" (
    "apiKeyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER,
    "body" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiIdempotentResponse_pkey" PRIMARY KEY ("apiKeyId","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_lookupId_key" ON "ApiKey"("lookupId");

-- CreateIndex
CREATE INDEX "ApiKey_organizationId_createdAt_id_idx" ON "ApiKey"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_organizationId_id_key" ON "ApiKey"("organizationId", "id");

-- CreateIndex
CREATE INDEX "ApiIdempotentResponse_createdAt_idx" ON "ApiIdempotentResponse"("createdAt");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorApiKeyId_fkey" FOREIGN KEY ("actorApiKeyId") REFERENCES "ApiKey"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiIdempotentResponse" ADD CONSTRAINT "ApiIdempotentResponse_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: the append-only trigger's one allowed UPDATE (an account's deletion clearing
-- "actorUserId") must leave the new "actorApiKeyId" unchanged too.
CREATE OR REPLACE FUNCTION roster_audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    RAISE EXCEPTION 'audit events are append-only: TRUNCATE refused on "AuditEvent"' USING ERRCODE = '42501';
  ELSIF TG_OP = 'DELETE' THEN
    IF OLD."organizationId" IS NOT NULL AND OLD."organizationId" = current_setting('roster.deleting_organization', true) THEN
      RETURN OLD;
    END IF;
  ELSIF NEW."actorUserId" IS NULL AND OLD."actorUserId" IS NOT NULL
    AND (NEW.id, NEW."organizationId", NEW.action, NEW."targetType", NEW."targetId", NEW.metadata::text, NEW.ip, NEW."userAgent", NEW."createdAt", NEW."actorApiKeyId")
      IS NOT DISTINCT FROM
        (OLD.id, OLD."organizationId", OLD.action, OLD."targetType", OLD."targetId", OLD.metadata::text, OLD.ip, OLD."userAgent", OLD."createdAt", OLD."actorApiKeyId")
    AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = OLD."actorUserId") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit events are append-only: % refused on "AuditEvent"', TG_OP USING ERRCODE = '42501';
END
$$;
