// An in-process SMTP server for tests: records every message in memory (parsed), and can
// stop and start listening again on the same port to play a server that is down, or take
// its time to accept each message to play a slow one.
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
  /** Messages whose DATA began, accepted or not yet (a slow sink holds them `delayMs`). */
  readonly receiving: number;
  readonly listening: boolean;
  /** Stops listening (open sessions are closed); the port stays reserved for `start()`. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Resolves with the messages once `predicate` holds, or rejects after `timeoutMs`. */
  waitFor(predicate: (messages: SinkMessage[]) => boolean, timeoutMs?: number): Promise<SinkMessage[]>;
};

type SinkState = { messages: SinkMessage[]; receiving: number; delayMs: number; notify(): void };

function createServer(state: SinkState): SMTPServer {
  const { messages, notify } = state;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    closeTimeout: 200,
    onData(stream, session, callback) {
      state.receiving++;
      notify();
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then(async (mail) => {
            if (state.delayMs > 0) await new Promise((accepted) => setTimeout(accepted, state.delayMs));
            messages.push({ recipients: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), mail, raw: raw.toString("utf8") });
            notify();
            callback(null);
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  // A sender that dies mid-session (a killed process) resets its connection: the session
  // ends, the server goes on.
  server.on("error", () => {});
  return server;
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

/** `delayMs`: how long each message waits, once received, before the server accepts it. */
export async function startSmtpSink({ port = 0, delayMs = 0 }: { port?: number; delayMs?: number } = {}): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const waiters = new Set<() => void>();
  const state: SinkState = { messages, receiving: 0, delayMs, notify: () => waiters.forEach((check) => check()) };
  let server: SMTPServer | null = createServer(state);
  const actualPort = await listen(server, port);

  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    messages,
    get receiving() {
      return state.receiving;
    },
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
      const next = createServer(state);
      await listen(next, actualPort);
      server = next;
    },
    waitFor(predicate, timeoutMs = 5000) {
      // Also re-checked whenever a message starts arriving (see `receiving`).
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
