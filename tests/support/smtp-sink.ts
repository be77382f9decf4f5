// An in-process SMTP server for tests: records every message in memory (parsed), and can
// stop and start listening again on the same port to play a server that is down.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SinkMessage = {
  /** Envelope recipients (RCPT TO), lower-cased. */
  recipients: string[];
  mail: ParsedMail;
  raw: string;
};

export type SmtpSink = {
  readonly port: number;
  readonly url: string;
  readonly messages: SinkMessage[];
  readonly listening: boolean;
  /** Stops listening (open sessions are closed); the port stays reserved for `start()`. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Resolves with the messages once `predicate` holds, or rejects after `timeoutMs`. */
  waitFor(predicate: (messages: SinkMessage[]) => boolean, timeoutMs?: number): Promise<SinkMessage[]>;
};

function createServer(messages: SinkMessage[], notify: () => void): SMTPServer {
  return new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    closeTimeout: 200,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((mail) => {
            messages.push({ recipients: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), mail, raw: raw.toString("utf8") });
            notify();
            callback(null);
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.server.address() as AddressInfo).port);
    });
  });
}

export async function startSmtpSink({ port = 0 }: { port?: number } = {}): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((check) => check());
  let server: SMTPServer | null = createServer(messages, notify);
  const actualPort = await listen(server, port);

  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    messages,
    get listening() {
      return server !== null;
    },
    async stop() {
      if (!server) return;
      const closing = server;
      server = null;
      await new Promise<void>((resolve) => closing.close(() => resolve()));
    },
    async start() {
      if (server) return;
      const next = createServer(messages, notify);
      await listen(next, actualPort);
      server = next;
    },
    waitFor(predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate(messages)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(messages);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`SMTP sink: condition not met within ${timeoutMs} ms (${messages.length} message(s) received)`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
