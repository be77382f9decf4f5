-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");
