// The one SMTP wrapper. SMTP_URL points at the real relay, or at the dev capture server.
import nodemailer from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared/index.js";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { config } from "@/lib/config";

export const MAIL_FROM = config().MAIL_FROM;

export type MailTransport = nodemailer.Transporter<SMTPTransport.SentMessageInfo, SMTPTransport.Options>;

/** Short, so a dead server fails fast; the claim on an email is sized from these (dispatcher.ts). */
export const SMTP_TIMEOUTS = {
  dnsTimeout: 10_000,
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  /** Inactivity: it restarts at every reply, so a send can wait this long once per reply. */
  socketTimeout: 10_000,
} as const;

/**
 * The replies one send may wait for, each up to `socketTimeout`: EHLO (and HELO when EHLO is
 * refused), STARTTLS and the TLS handshake, EHLO again, AUTH LOGIN (command, user, password),
 * MAIL FROM, RCPT TO (one recipient per email), DATA, and the end of the message.
 */
export const SMTP_REPLIES_PER_MESSAGE = 12;

type Timeouts = Pick<SMTPTransport.Options, keyof typeof SMTP_TIMEOUTS>;

/**
 * The longest one send can last before nodemailer gives up on its own: DNS, connection and
 * greeting, then every reply at the inactivity timeout. (nodemailer has no overall deadline.)
 */
export function maxSendMs(timeouts: Timeouts = SMTP_TIMEOUTS): number {
  const { dnsTimeout = 0, connectionTimeout = 0, greetingTimeout = 0, socketTimeout = 0 } = timeouts;
  return dnsTimeout + connectionTimeout + greetingTimeout + SMTP_REPLIES_PER_MESSAGE * socketTimeout;
}

/**
 * A non-pooled SMTP transport with short timeouts, so a dead server fails fast.
 * (nodemailer ignores every other option when given `url`, hence the parsing here.)
 */
export function createMailTransport(smtpUrl: string | undefined = config().SMTP_URL): MailTransport {
  if (!smtpUrl) throw new Error("SMTP_URL is not set: start the app with `npm start`, which provides one.");
  const { pool: _pool, ...fromUrl } = parseConnectionUrl(smtpUrl) as SMTPTransport.Options & { pool?: unknown };
  return nodemailer.createTransport({ ...fromUrl, ...SMTP_TIMEOUTS });
}
