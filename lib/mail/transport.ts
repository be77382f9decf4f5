// The one SMTP wrapper. SMTP_URL points at the real relay, or at the dev capture server.
import net from "node:net";
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

type SocketCallback = (error: Error | null, socket?: { connection: net.Socket }) => void;

/**
 * Opens the TCP connection for nodemailer, with Nagle's algorithm off. nodemailer writes a
 * message's end (".") apart from its body; with Nagle on, that last small write waits for
 * the server to acknowledge the body, which the server delays (~40 ms) since it has nothing
 * to say before the end: every email would take 40 ms more than it needs. (TLS, implicit or
 * STARTTLS, is still negotiated by nodemailer on this connection.)
 */
function connectWithoutNagle(options: { host?: string; port?: number }, callback: SocketCallback): void {
  const socket = net.connect({ host: options.host ?? "localhost", port: options.port ?? 25, noDelay: true });
  const fail = (error: Error) => {
    socket.destroy();
    callback(Object.assign(error, { code: (error as NodeJS.ErrnoException).code ?? "ECONNECTION" }));
  };
  socket.setTimeout(SMTP_TIMEOUTS.connectionTimeout, () => fail(Object.assign(new Error("Connection timeout"), { code: "ETIMEDOUT" })));
  socket.once("error", fail);
  socket.once("connect", () => {
    socket.off("error", fail);
    socket.setTimeout(0);
    coalesceWrites(socket);
    callback(null, { connection: socket });
  });
}

/**
 * nodemailer writes each command, header block and body part separately; with Nagle off,
 * each write would be its own system call and packet. Writes made in the same tick are
 * corked and leave together when the tick ends (one writev).
 */
function coalesceWrites(socket: net.Socket): void {
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  let corked = false;
  socket.write = ((...args: unknown[]) => {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(() => {
        corked = false;
        socket.uncork();
      });
    }
    return write(...args);
  }) as net.Socket["write"];
}

/**
 * Connections the mail worker keeps open to the server, and so sends at once: a new
 * connection per email (TCP, greeting, EHLO, and the server's own checks, such as a reverse
 * DNS lookup) would cost more than the email itself.
 */
export const SMTP_POOL_CONNECTIONS = 8;

/**
 * An SMTP transport with short timeouts, so a dead server fails fast: pooled (the mail
 * worker: at most SMTP_POOL_CONNECTIONS connections, each reused for any number of
 * emails, and the worker never has more sends in flight than that, so no send waits for a
 * connection), or one connection per email.
 * (nodemailer ignores every other option when given `url`, hence the parsing here.)
 */
export function createMailTransport(
  smtpUrl: string | undefined = config().SMTP_URL,
  { pooled = false }: { pooled?: boolean } = {},
): MailTransport {
  if (!smtpUrl) throw new Error("SMTP_URL is not set: start the app with `npm start`, which provides one.");
  const { pool: _pool, ...fromUrl } = parseConnectionUrl(smtpUrl) as SMTPTransport.Options & { pool?: unknown };
  const pool = pooled ? { pool: true, maxConnections: SMTP_POOL_CONNECTIONS, maxMessages: Infinity } : {};
  return nodemailer.createTransport({ ...fromUrl, ...SMTP_TIMEOUTS, ...pool, getSocket: connectWithoutNagle } as SMTPTransport.Options);
}
