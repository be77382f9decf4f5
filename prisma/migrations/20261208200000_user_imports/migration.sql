-- CreateEnum
CREATE TYPE "UserImportStatus" AS ENUM ('PREVIEWING', 'READY', 'REJECTED', 'APPLYING', 'APPLIED', 'APPLY_FAILED');

-- CreateEnum
CREATE TYPE "UserImportRowKind" AS ENUM ('ADD', 'UPDATE', 'UNCHANGED', 'ERROR');

-- CreateTable
CREATE TABLE "UserImport" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdById" TEXT,
    "fileName" TEXT NOT NULL,
    "source" BYTEA,
    "status" "UserImportStatus" NOT NULL DEFAULT 'PREVIEWING',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "addCount" INTEGER NOT NULL DEFAULT 0,
    "updateCount" INTEGER NOT NULL DEFAULT 0,
    "unchangedCount" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "fingerprint" TEXT,
    "errorKey" TEXT,
    "errorParams" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "previewedAt" TIMESTAMP(3),
    "applyStartedAt" TIMESTAMP(3),
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "UserImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserImportRow" (
    "importId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "kind" "UserImportRowKind" NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "workspaces" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "membershipId" TEXT,
    "roleBefore" TEXT,
    "workspacesBefore" TEXT[],
    "roleAfter" TEXT,
    "workspacesAfter" TEXT[],
    "reasonKey" TEXT,
    "reasonParams" JSONB,

    CONSTRAINT "UserImportRow_pkey" PRIMARY KEY ("importId","line")
);

-- CreateIndex
CREATE INDEX "UserImport_organizationId_createdAt_idx" ON "UserImport"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "UserImportRow_importId_kind_line_idx" ON "UserImportRow"("importId", "kind", "line");

-- AddForeignKey
ALTER TABLE "UserImport" ADD CONSTRAINT "UserImport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserImport" ADD CONSTRAINT "UserImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserImportRow" ADD CONSTRAINT "UserImportRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "UserImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

