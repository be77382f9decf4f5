// A TCP proxy in front of PostgreSQL that counts the SQL statements its clients run, for
// tests and benchmarks of "statements per page view" (issue 9's budget). It forwards every
// byte unchanged and reads the client side of the wire protocol: after the untyped startup
// messages, every message is a type byte and an int32 length; a simple Query ('Q') or an
// extended-protocol Execute ('E') is one statement. Parse ('P') carries the SQL text, kept
// so a failing count can say what ran. Hand-written because no maintained package counts
// statements across processes (pg_stat_statements needs a server restart with
// shared_preload_libraries, which the embedded server is not started with).
import net from "node:net";

export type StatementProxy = {
  /** The connection URL to give the app instead of the database's own. */
  url: string;
  /** Statements run through the proxy so far. */
  count(): number;
  /** The SQL texts seen since the last reset (Parse and Query messages). */
  texts(): string[];
  reset(): void;
  close(): Promise<void>;
};

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export async function startStatementProxy(databaseUrl: string): Promise<StatementProxy> {
  const target = new URL(databaseUrl);
  const host = target.hostname;
  const port = Number(target.port || 5432);
  let statements = 0;
  let texts: string[] = [];
  const sockets = new Set<net.Socket>();

  const server = net.createServer((client) => {
    const upstream = net.connect(port, host);
    sockets.add(client);
    sockets.add(upstream);
    let buffer = Buffer.alloc(0);
    let startup = true;
    client.on("data", (chunk) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (startup) {
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(length);
          // SSL and GSS requests come before the real startup message.
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) startup = false;
          continue;
        }
        if (buffer.length < 5) break;
        const type = String.fromCharCode(buffer[0]);
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) break;
        const body = buffer.subarray(5, 1 + length);
        if (type === "Q" || type === "E") statements++;
        if (type === "Q") texts.push(body.subarray(0, body.indexOf(0)).toString("utf8"));
        if (type === "P") {
          const nameEnd = body.indexOf(0);
          texts.push(body.subarray(nameEnd + 1, body.indexOf(0, nameEnd + 1)).toString("utf8"));
        }
        buffer = buffer.subarray(1 + length);
      }
    });
    upstream.pipe(client);
    const close = () => { client.destroy(); upstream.destroy(); sockets.delete(client); sockets.delete(upstream); };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const proxyPort = (server.address() as net.AddressInfo).port;
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(proxyPort);
  return {
    url: url.toString(),
    count: () => statements,
    texts: () => [...texts],
    reset: () => { statements = 0; texts = []; },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
