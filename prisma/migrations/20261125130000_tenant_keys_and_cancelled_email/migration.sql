-- AlterEnum
ALTER TYPE "EmailStatus" ADD VALUE 'CANCELLED';

-- DropForeignKey
ALTER TABLE "ContactRole" DROP CONSTRAINT "ContactRole_contactId_fkey";

-- DropForeignKey
ALTER TABLE "Order" DROP CONSTRAINT "Order_licenseeContactId_fkey";

-- DropForeignKey
ALTER TABLE "Order" DROP CONSTRAINT "Order_billingContactId_fkey";

-- CreateIndex
CREATE UNIQUE INDEX "Contact_organizationId_id_key" ON "Contact"("organizationId", "id");

-- AddForeignKey
ALTER TABLE "ContactRole" ADD CONSTRAINT "ContactRole_organizationId_contactId_fkey" FOREIGN KEY ("organizationId", "contactId") REFERENCES "Contact"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_organizationId_licenseeContactId_fkey" FOREIGN KEY ("organizationId", "licenseeContactId") REFERENCES "Contact"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_organizationId_billingContactId_fkey" FOREIGN KEY ("organizationId", "billingContactId") REFERENCES "Contact"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

