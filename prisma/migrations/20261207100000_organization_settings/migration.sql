-- Organization settings: the subscription's plan becomes one of the catalogue's plans, the
-- default language of new contacts is unset until an admin chooses one, and a renamed
-- organization keeps its previous URL names for 90 days.

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "planId" TEXT NOT NULL DEFAULT 'cloud-standard',
ALTER COLUMN "defaultLocale" DROP NOT NULL,
ALTER COLUMN "defaultLocale" DROP DEFAULT;

-- The free-text plan ("standard", "business", "enterprise") named the Roster Cloud plans.
UPDATE "Organization" SET "planId" = 'cloud-' || "plan" WHERE ('cloud-' || "plan") IN (SELECT id FROM "ProductPlan");

-- No admin ever chose a default language (there was no setting; it was copied from the
-- creator's): new contacts now default to the language of the person adding them.
UPDATE "Organization" SET "defaultLocale" = NULL;

ALTER TABLE "Organization" DROP COLUMN "plan";

-- CreateTable
CREATE TABLE "OrganizationPreviousSlug" (
    "slug" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationPreviousSlug_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "OrganizationPreviousSlug_organizationId_idx" ON "OrganizationPreviousSlug"("organizationId");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProductPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationPreviousSlug" ADD CONSTRAINT "OrganizationPreviousSlug_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
