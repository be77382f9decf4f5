// The body gate in front of Next (lib/http/body-gate.ts) on a real Node HTTP server: the
// listener behind it reads bodies as Next does (to the end, before answering) and answers
// 413 past a declared Content-Length over the limit, as proxy.ts does.
import { createServer, request as httpRequest, Agent, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gateRequestBodies } from "@/lib/http/body-gate";

const LIMIT = 256 * 1024;
type Seen = { length: string | undefined; chunked: boolean; received: number; serverReadBytes: number };
const seen: Seen[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer(
    gateRequestBodies(async (request, response) => {
      let received = 0;
      for await (const chunk of request) received += (chunk as Buffer).length;
      const length = request.headers["content-length"];
      seen.push({
        length,
        chunked: request.headers["transfer-encoding"] !== undefined,
        received,
        serverReadBytes: request.socket.bytesRead,
      });
      if (Number(length) > LIMIT) response.writeHead(413).end("too large");
      else response.end(`got ${received}`);
    }, LIMIT),
  );
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
});

/** Sends `size` bytes, chunked or with a Content-Length, and stops once answered; on a new connection unless given an agent. */
function post(size: number, chunked: boolean, agent: Agent | false = false): Promise<{ status: number; text: string; written: number }> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = httpRequest(
      {
        port,
        host: "127.0.0.1",
        method: "POST",
        agent,
        headers: chunked ? { "transfer-encoding": "chunked" } : { "content-length": String(size) },
      },
      (res) => {
        answered = true;
        let text = "";
        res.on("data", (part) => (text += part));
        res.on("end", () => resolve({ status: res.statusCode!, text, written }));
      },
    );
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const piece = Buffer.alloc(16 * 1024, "x");
    void (async () => {
      while (written < size && !answered) {
        const part = piece.subarray(0, Math.min(piece.length, size - written));
        written += part.length;
        if (!req.write(part))
          await new Promise((drained) => {
            const timer = setTimeout(drained, 500);
            req.once("drain", () => {
              clearTimeout(timer);
              drained(null);
            });
          });
      }
      if (!answered) req.end();
    })();
  });
}

describe("body gate", () => {
  it("passes a chunked body within the limit whole, with its Content-Length", async () => {
    expect(await post(LIMIT, true)).toMatchObject({ status: 200, text: `got ${LIMIT}` });
    expect(seen.at(-1)).toMatchObject({ length: String(LIMIT), chunked: false, received: LIMIT });
  });

  it("answers a chunked body past the limit without reading on: the listener gets the size so far and no body", async () => {
    const answer = await post(8 * LIMIT, true);
    expect(answer).toMatchObject({ status: 413, text: "too large" });
    const last = seen.at(-1)!;
    expect(Number(last.length)).toBeGreaterThan(LIMIT);
    expect(last).toMatchObject({ chunked: false, received: 0 });
    // What the server read from the connection by then: the limit, and what came in with the chunk that crossed it.
    expect(last.serverReadBytes).toBeLessThan(LIMIT + 128 * 1024);
  });

  it("gives the listener no byte of a body declared over the limit", async () => {
    expect(await post(8 * LIMIT, false)).toMatchObject({ status: 413 });
    expect(seen.at(-1)).toMatchObject({ length: String(8 * LIMIT), received: 0 });
    expect(seen.at(-1)!.serverReadBytes).toBeLessThan(LIMIT);
  });

  it("keeps connections alive for bodies within the limit", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect(await post(1000, true, agent)).toMatchObject({ status: 200, text: "got 1000" });
    expect(await post(2000, false, agent)).toMatchObject({ status: 200, text: "got 2000" });
    agent.destroy();
  });
});
