// A local webhook receiver for tests and the bench: verifies every request's signature with the
// Standard Webhooks reference library (npm `standardwebhooks`), and counts the webhook-ids it
// accepted. While `down`, it answers 503 (an outage) and accepts nothing.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export type Received = { id: string; type: string; object: string; resourceId: string; body: Record<string, unknown>; host?: string };

export type WebhookReceiver = {
  url: string;
  port: number;
  /** Accepted deliveries, in arrival order (a repeated webhook-id appears again). */
  received: Received[];
  /** Requests whose signature did not verify. */
  badSignatures: number;
  /** Requests answered while down. */
  refused: number;
  down: boolean;
  /** Answer with this status (and a Location) instead: a redirect test. */
  answer?: { status: number; headers?: Record<string, string> };
  /** Answer nothing at all (a timeout test). */
  hang: boolean;
  setSecret(secret: string): void;
  close(): Promise<void>;
};

export async function startWebhookReceiver(path = "/hook"): Promise<WebhookReceiver> {
  let verifier: Webhook | null = null;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (receiver.hang) return;
      if (receiver.answer) {
        response.writeHead(receiver.answer.status, receiver.answer.headers).end();
        return;
      }
      if (receiver.down) {
        receiver.refused++;
        response.writeHead(503).end("down for maintenance");
        return;
      }
      const body = Buffer.concat(chunks).toString("utf8");
      try {
        const payload = verifier!.verify(body, request.headers as Record<string, string>) as {
          type: string;
          data: { object: string; id: string };
        };
        receiver.received.push({
          id: String(request.headers["webhook-id"]),
          type: payload.type,
          object: payload.data.object,
          resourceId: payload.data.id,
          body: payload as unknown as Record<string, unknown>,
          host: request.headers.host,
        });
        response.writeHead(200, { "content-type": "text/plain" }).end("ok");
      } catch {
        receiver.badSignatures++;
        response.writeHead(400).end("bad signature");
      }
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const receiver: WebhookReceiver = {
    url: `http://127.0.0.1:${port}${path}`,
    port,
    received: [],
    badSignatures: 0,
    refused: 0,
    down: false,
    hang: false,
    setSecret(secret) {
      verifier = new Webhook(secret);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return receiver;
}
