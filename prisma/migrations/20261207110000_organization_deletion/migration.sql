-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "deletionRemindersSent" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "deletionStartedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Organization_subscriptionStatus_deletionScheduledAt_idx" ON "Organization"("subscriptionStatus", "deletionScheduledAt");
