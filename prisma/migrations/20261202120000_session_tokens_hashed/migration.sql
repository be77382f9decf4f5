-- Hand-written: sessions are stored by the SHA-256 (hex) of their cookie's token from now on
-- (lib/auth/hashed-session-adapter.ts). Sessions open today keep working: their tokens are
-- hashed in place, as the app now hashes the cookie it receives.
UPDATE "Session" SET "sessionToken" = encode(sha256(convert_to("sessionToken", 'UTF8')), 'hex');
