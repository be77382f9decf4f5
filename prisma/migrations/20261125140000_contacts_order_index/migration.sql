-- DropIndex
DROP INDEX "Contact_organizationId_status_name_idx";

-- DropIndex
DROP INDEX "Contact_organizationId_name_idx";

-- CreateIndex
CREATE INDEX "Contact_organizationId_status_searchText_idx" ON "Contact"("organizationId", "status", "searchText");

-- CreateIndex
CREATE INDEX "Contact_organizationId_searchText_idx" ON "Contact"("organizationId", "searchText");

