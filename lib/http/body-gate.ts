// A request body limit enforced where the bytes arrive, in front of Next's request listener
// (installed by `npm start`: scripts/lib/next-server-gate.ts).
//
// Why Next's own checks are not enough (Next 16, next/dist/server/body-streams.js): before
// running proxy.ts, Next copies every request body for it (up to proxyClientMaxBodySize,
// 10 MB) and then waits for the body's end, reading and dropping whatever is past that size.
// So a 413 from proxy.ts leaves only once the whole body arrived, however large; a chunked
// body (no Content-Length) passes proxy.ts and a server action fails it with a 500; and a
// route handler gets its first 10 MB as if they were all of it.
//
// The gate gives Next at most `maxBytes` of any body:
// - declared larger (Content-Length): Next gets the headers and an empty body, so proxy.ts
//   answers its 413 at once;
// - chunked: held until complete, then passed on with its Content-Length (as a buffering
//   reverse proxy does); past the limit, Next gets the bytes received so far as the
//   Content-Length and an empty body, so proxy.ts answers 413 the same way.
// Past the limit nothing more is read (the socket is paused) and the connection closes
// after the response is sent.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

type Push = IncomingMessage["push"];

/** Wraps a request listener so that it never sees more than `maxBytes` of a request body. */
export function gateRequestBodies(listener: RequestListener, limit: number | ((request: IncomingMessage) => number)): RequestListener {
  return (request, response) => {
    const maxBytes = typeof limit === "function" ? limit(request) : limit;
    const declared = request.headers["content-length"];
    if (declared !== undefined) {
      if (Number(declared) > maxBytes) withholdBody(request, response);
      listener(request, response);
    } else if (request.headers["transfer-encoding"] !== undefined) {
      holdChunkedBody(request, response, maxBytes, () => listener(request, response));
    } else {
      listener(request, response);
    }
  };
}

/** Whether a request declares a body over the limit (an `Expect: 100-continue` client then never sends it). */
export function declaresOversizeBody(request: IncomingMessage, maxBytes: number): boolean {
  const declared = request.headers["content-length"];
  return declared !== undefined && Number(declared) > maxBytes;
}

/**
 * Node's HTTP parser hands body bytes to the request with push(); a false return pauses the
 * socket. Replacing push on the request is how the gate sees the bytes before anyone reads them.
 */
function originalPush(request: IncomingMessage): Push {
  return request.push.bind(request);
}

/** How long a refused connection stays open after its response, unread, before it closes. */
const LINGER_MS = 2000;

/** From now on body bytes are dropped and the socket stays paused; Next sees the body end here. */
function stopBody(request: IncomingMessage, response: ServerResponse, push: Push): void {
  request.push = () => false;
  // The message Next gets ends here: marked complete, or Node would take its end for an
  // aborted request and close the connection before the response.
  request.complete = true;
  push(null);
  // Not kept alive: the rest of the body is never read, so no other request can follow it.
  response.shouldKeepAlive = false;
  // Node closes such a connection as soon as the response is written (destroySoon). With the
  // client's unread bytes still queued, closing sends a reset, which can make the client
  // drop the response it has not read yet: half-close instead, still reading nothing, and
  // close a little later.
  const socket = request.socket;
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}

function withholdBody(request: IncomingMessage, response: ServerResponse): void {
  stopBody(request, response, originalPush(request));
}

function holdChunkedBody(request: IncomingMessage, response: ServerResponse, maxBytes: number, next: () => void): void {
  const push = originalPush(request);
  const held: Buffer[] = [];
  let size = 0;
  const declare = (length: number) => {
    request.headers["content-length"] = String(length);
    delete request.headers["transfer-encoding"];
  };
  request.push = (chunk: Buffer | null) => {
    if (chunk === null) {
      request.push = push;
      declare(size);
      next();
      for (const piece of held) push(piece);
      return push(null);
    }
    size += chunk.length;
    if (size <= maxBytes) {
      held.push(chunk);
      return true;
    }
    held.length = 0;
    declare(size);
    stopBody(request, response, push);
    next();
    return false;
  };
}
