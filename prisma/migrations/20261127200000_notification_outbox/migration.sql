-- Notifications are rendered at send time (lib/mail/render-email.ts): the outbox keeps the
-- template's props, the routing table's reasons and the recipient's contact and user, whose
-- language and status apply when the email leaves. Pre-rendered rows keep html and text.
-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "contactId" TEXT,
ADD COLUMN     "props" JSONB,
ADD COLUMN     "reasons" JSONB,
ADD COLUMN     "userId" TEXT,
ALTER COLUMN "html" DROP NOT NULL,
ALTER COLUMN "text" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Invoice_status_dueAt_idx" ON "Invoice"("status", "dueAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_contactId_idx" ON "EmailOutbox"("contactId");

-- CreateIndex
CREATE INDEX "EmailOutbox_userId_idx" ON "EmailOutbox"("userId");

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (Prisma's schema language has no CHECK): a row is either rendered already or renderable.
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_content_check" CHECK ("props" IS NOT NULL OR ("html" IS NOT NULL AND "text" IS NOT NULL));
