-- Links that work by themselves (sign-in and invitation links) no longer rest in the outbox
-- in the clear: new rows keep them AES-256-GCM-sealed in "sealedProps" (lib/mail/outbox-secrets.ts),
-- erased by the statement that finishes the row.

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "sealedProps" TEXT;

-- Hand-written (Prisma's schema language cannot express CHECK constraints): a row marked
-- SENT, FAILED or CANCELLED keeps no sealed secret, whichever statement finished it.
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_finished_without_secrets"
  CHECK ("status" IN ('PENDING', 'SENDING') OR "sealedProps" IS NULL);

-- Finished rows queued before: their links are of no further use to the app, and would sign
-- anyone in or accept the invitation. Rows still waiting keep theirs in the clear until they
-- are sent, so no sign-in or invitation email queued before this migration is lost: the
-- statement that finishes them erases the link as for any other row.
UPDATE "EmailOutbox"
SET "props" = "props" - 'url'
WHERE "template" IN ('sign-in', 'contact-invitation', 'user-invitation')
  AND "status" IN ('SENT', 'FAILED', 'CANCELLED')
  AND "props" ? 'url';
