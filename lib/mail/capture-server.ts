// A local SMTP server for development and tests: every message it receives is written as
// an .eml file into `dir`, where the dev mailbox (/dev/mailbox) reads it back.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";

export type CaptureSmtpServer = { url: string; port: number; stop(): Promise<void> };

const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/** Matches CAPTURED_ID_PATTERN in mailbox.ts: sorts by arrival time. */
function newCapturedId(now = Date.now()): string {
  return `${String(now).padStart(13, "0")}-${randomBytes(8).toString("hex")}`;
}

export async function startCaptureSmtpServer({ dir, port = 0 }: { dir: string; port?: number }): Promise<CaptureSmtpServer> {
  mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    size: MAX_MESSAGE_BYTES,
    closeTimeout: 1000,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        if (stream.sizeExceeded) return callback(Object.assign(new Error("Message too large"), { responseCode: 552 }));
        const id = newCapturedId();
        const file = join(dir, `${id}.eml`);
        // Write then rename, so the mailbox never reads a half-written message.
        writeFile(`${file}.tmp`, Buffer.concat(chunks))
          .then(() => rename(`${file}.tmp`, file))
          .then(() => callback(null, `Captured as ${id}`))
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => console.error(`[mail capture] ${error.message}`));
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
