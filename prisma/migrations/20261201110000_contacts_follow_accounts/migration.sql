-- CreateIndex
CREATE INDEX "Contact_email_idx" ON "Contact"("email");

-- Hand-written (Prisma cannot express triggers): SPEC §1, a contact is linked to the User
-- with the same email once one exists. The database keeps that link whichever row comes
-- first and however it comes (Auth.js's first sign-in, Add user in any organization, a
-- contact added directly, by an invitation, an order or a reassignment, seeds), so no code
-- path has to remember it; Auth.js's createUser event, which used to do it, is best-effort.
-- Both emails are stored lower-cased; lower() keeps the match case-insensitive regardless.

-- A contact written without a user takes the account of its email, if there is one. FOR KEY
-- SHARE: an account being deleted at this moment is waited for, and then not found.
CREATE FUNCTION "contact_links_its_account"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."userId" IS NULL THEN
    SELECT id INTO NEW."userId" FROM "User" WHERE email = lower(NEW.email) FOR KEY SHARE;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "contact_links_its_account"
  BEFORE INSERT OR UPDATE OF email, "userId" ON "Contact"
  FOR EACH ROW
  EXECUTE FUNCTION "contact_links_its_account"();

-- A new account takes the contacts of its email, in every organization.
CREATE FUNCTION "account_links_its_contacts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Contact" SET "userId" = NEW.id, "updatedAt" = now() WHERE email = lower(NEW.email) AND "userId" IS NULL;
  RETURN NULL;
END
$$;

CREATE TRIGGER "account_links_its_contacts"
  AFTER INSERT ON "User"
  FOR EACH ROW
  EXECUTE FUNCTION "account_links_its_contacts"();

-- Contacts left unlinked so far (their account came by Add user, or after them by another way).
UPDATE "Contact" c SET "userId" = u.id, "updatedAt" = now()
FROM "User" u
WHERE c."userId" IS NULL AND u.email = lower(c.email);
