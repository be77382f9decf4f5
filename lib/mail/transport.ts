// The one SMTP wrapper. SMTP_URL points at the real relay, or at the dev capture server.
import nodemailer from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared/index.js";
import type SMTPTransport from "nodemailer/lib/smtp-transport";

export const MAIL_FROM = process.env.MAIL_FROM || "Roster <no-reply@roster.localhost>";

export type MailTransport = nodemailer.Transporter<SMTPTransport.SentMessageInfo, SMTPTransport.Options>;

const TIMEOUT_MS = 10_000;

/**
 * A non-pooled SMTP transport with short timeouts, so a dead server fails fast.
 * (nodemailer ignores every other option when given `url`, hence the parsing here.)
 */
export function createMailTransport(smtpUrl: string | undefined = process.env.SMTP_URL): MailTransport {
  if (!smtpUrl) throw new Error("SMTP_URL is not set: start the app with `npm start`, which provides one.");
  const { pool: _pool, ...fromUrl } = parseConnectionUrl(smtpUrl) as SMTPTransport.Options & { pool?: unknown };
  return nodemailer.createTransport({
    ...fromUrl,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    dnsTimeout: TIMEOUT_MS,
  });
}
