-- Billing (issue 8): the product catalog with prices per currency, per-organization number
-- sequences, license seats assigned to people's emails (one row per seat given), a quote's
-- note, and the list indexes of orders, invoices, licenses and quotes.

-- CreateEnum
CREATE TYPE "NumberSequence" AS ENUM ('ORDER', 'INVOICE', 'QUOTE');

-- DropIndex
DROP INDEX "Order_organizationId_placedAt_idx";

-- DropIndex
DROP INDEX "License_organizationId_createdAt_idx";

-- DropIndex
DROP INDEX "Quote_organizationId_createdAt_idx";

-- AlterTable
ALTER TABLE "OrderLineItem" ADD COLUMN     "planId" TEXT;

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "note" TEXT;

-- CreateTable
CREATE TABLE "LicenseAssignment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "licenseId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "assignedByUserId" TEXT,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenseAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductPlan" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProductPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanPrice" (
    "planId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "unitPriceCents" INTEGER NOT NULL,

    CONSTRAINT "PlanPrice_pkey" PRIMARY KEY ("planId","currency")
);

-- CreateTable
CREATE TABLE "NumberCounter" (
    "organizationId" TEXT NOT NULL,
    "sequence" "NumberSequence" NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NumberCounter_pkey" PRIMARY KEY ("organizationId","sequence","year")
);

-- CreateIndex
CREATE INDEX "LicenseAssignment_organizationId_idx" ON "LicenseAssignment"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "LicenseAssignment_licenseId_email_key" ON "LicenseAssignment"("licenseId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Product_name_key" ON "Product"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ProductPlan_productId_name_key" ON "ProductPlan"("productId", "name");

-- CreateIndex
CREATE INDEX "Order_organizationId_placedAt_id_idx" ON "Order"("organizationId", "placedAt", "id");

-- CreateIndex
CREATE INDEX "License_organizationId_createdAt_id_idx" ON "License"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "License_organizationId_id_key" ON "License"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Invoice_organizationId_issuedAt_id_idx" ON "Invoice"("organizationId", "issuedAt", "id");

-- CreateIndex
CREATE INDEX "Invoice_organizationId_status_issuedAt_id_idx" ON "Invoice"("organizationId", "status", "issuedAt", "id");

-- CreateIndex
CREATE INDEX "Quote_organizationId_createdAt_id_idx" ON "Quote"("organizationId", "createdAt", "id");

-- AddForeignKey
ALTER TABLE "OrderLineItem" ADD CONSTRAINT "OrderLineItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProductPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseAssignment" ADD CONSTRAINT "LicenseAssignment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseAssignment" ADD CONSTRAINT "LicenseAssignment_organizationId_licenseId_fkey" FOREIGN KEY ("organizationId", "licenseId") REFERENCES "License"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseAssignment" ADD CONSTRAINT "LicenseAssignment_assignedByUserId_fkey" FOREIGN KEY ("assignedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductPlan" ADD CONSTRAINT "ProductPlan_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPrice" ADD CONSTRAINT "PlanPrice_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ProductPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NumberCounter" ADD CONSTRAINT "NumberCounter_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The one email a license carried becomes its first assigned seat.
INSERT INTO "LicenseAssignment" ("id", "organizationId", "licenseId", "email", "assignedAt")
SELECT gen_random_uuid()::text, l."organizationId", l.id, lower(trim(l."assignedToEmail")), l."createdAt"
FROM "License" l WHERE l."assignedToEmail" IS NOT NULL AND trim(l."assignedToEmail") <> '';

-- AlterTable
ALTER TABLE "License" DROP COLUMN "assignedToEmail";

-- The catalog (the vendor's reference data, the same in every database).
INSERT INTO "Product" ("id", "name", "sortOrder") VALUES
  ('cloud', 'Roster Cloud', 1),
  ('analytics', 'Roster Analytics', 2),
  ('sso', 'Roster SSO', 3),
  ('support', 'Premium Support', 4);

INSERT INTO "ProductPlan" ("id", "productId", "name", "sortOrder") VALUES
  ('cloud-standard', 'cloud', 'Standard', 1),
  ('cloud-business', 'cloud', 'Business', 2),
  ('cloud-enterprise', 'cloud', 'Enterprise', 3),
  ('analytics-addon', 'analytics', 'Add-on', 1),
  ('sso-addon', 'sso', 'Add-on', 1),
  ('support-247', 'support', '24/7', 1);

-- Yearly prices per seat. Premium Support is sold in euros only.
INSERT INTO "PlanPrice" ("planId", "currency", "unitPriceCents") VALUES
  ('cloud-standard', 'EUR', 6000), ('cloud-standard', 'USD', 6500),
  ('cloud-business', 'EUR', 9600), ('cloud-business', 'USD', 10400),
  ('cloud-enterprise', 'EUR', 18000), ('cloud-enterprise', 'USD', 19500),
  ('analytics-addon', 'EUR', 4800), ('analytics-addon', 'USD', 5200),
  ('sso-addon', 'EUR', 1200), ('sso-addon', 'USD', 1300),
  ('support-247', 'EUR', 120000);
