-- Add user creates the account of an address that has none; revoking (or deleting) that
-- pending invitation deletes the account again when it never signed in and nothing else
-- holds it. The flag tells such an account from one that existed before the invitation.
ALTER TABLE "User" ADD COLUMN     "createdByInvitation" BOOLEAN NOT NULL DEFAULT false;

-- Accounts made so far by Add user and still waiting: invited, never signed in (a sign-in
-- sets emailVerified and lastSignInAt and opens a session), member nowhere yet.
UPDATE "User" u SET "createdByInvitation" = true
WHERE u."emailVerified" IS NULL AND u."lastSignInAt" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "Session" s WHERE s."userId" = u.id)
  AND NOT EXISTS (SELECT 1 FROM "Account" a WHERE a."userId" = u.id)
  AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u.id AND m.status = 'ACTIVE')
  AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u.id AND m.status = 'PENDING')
  AND EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e.action = 'user.invited' AND e.metadata ->> 'email' = u.email);
