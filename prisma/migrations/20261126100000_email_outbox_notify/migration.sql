-- Wakes the mail workers (lib/mail/outbox-listener.ts) when outbox rows are inserted,
-- instead of having them poll. Once per INSERT statement, however many rows it writes;
-- PostgreSQL delivers the notification when the transaction commits, and never for one
-- that rolls back. Hand-written: Prisma's schema language cannot express triggers.
CREATE FUNCTION "email_outbox_notify"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('email_outbox', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER "EmailOutbox_notify"
AFTER INSERT ON "EmailOutbox"
FOR EACH STATEMENT EXECUTE FUNCTION "email_outbox_notify"();
