-- The data export's progress, file and expiry (lib/data-export).
ALTER TYPE "ExportStatus" ADD VALUE 'EXPIRED';

ALTER TABLE "DataExport" ADD COLUMN "progress" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "storageKey" TEXT,
ADD COLUMN "bytes" INTEGER,
ADD COLUMN "startedAt" TIMESTAMP(3),
ADD COLUMN "expiresAt" TIMESTAMP(3);

CREATE INDEX "DataExport_status_expiresAt_idx" ON "DataExport"("status", "expiresAt");

-- Hand-written (Prisma cannot express partial indexes): one export at a time per organization.
-- A second request while one waits or runs violates it (P2002), which the request turns into
-- its refusal, race-free.
CREATE UNIQUE INDEX "DataExport_one_active_per_organization" ON "DataExport"("organizationId") WHERE status IN ('PENDING', 'RUNNING');
