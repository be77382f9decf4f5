// A local SMTP server for bench/notifications.ts, in its own process so it does not share the
// dispatcher's event loop: accepts every message, keeps its Message-ID and envelope
// recipients, and reports them to the parent (IPC) when asked. Messages are not parsed
// further (that is not what is measured); the Message-ID is read from the headers.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

const received: { id: string; to: string[] }[] = [];

const server = new SMTPServer({
  secure: false,
  disabledCommands: ["STARTTLS", "AUTH"],
  authOptional: true,
  logger: false,
  // Not what is measured, and this machine has no DNS: a lookup per connection would only wait.
  disableReverseLookup: true,
  size: 10 * 1024 * 1024,
  maxClients: 100,
  onData(stream, session, callback) {
    let head = "";
    stream.on("data", (chunk: Buffer) => {
      if (head.length < 8192) head += chunk.toString("latin1");
    });
    stream.on("end", () => {
      const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? "(none)";
      received.push({ id, to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()) });
      callback(null);
    });
  },
});

server.listen(0, "127.0.0.1", () => {
  process.send!({ port: (server.server.address() as AddressInfo).port });
});

process.on("message", (message: { report?: boolean; cpu?: boolean }) => {
  if (message.report) process.send!({ received });
  if (message.cpu) {
    const usage = process.cpuUsage();
    process.send!({ cpuMs: (usage.user + usage.system) / 1000 });
  }
});
process.on("disconnect", () => server.close(() => process.exit(0)));
