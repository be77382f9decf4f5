// Loaded into the `next start` process before Next (scripts/lib/next-server-gate.mjs): the
// first HTTP server created there is Next's, and its request listener is wrapped by the
// body gate (lib/http/body-gate.ts) at each path's limit (bodyLimitFor in lib/http/limits.ts:
// the server action limit, the users import page's larger one). The gate leaves proxy.ts to
// answer 413, in the visitor's language. In front of it, one log line per request (lib/http/request-log.ts).
import http from "node:http";
import { declaresOversizeBody, gateRequestBodies } from "../../lib/http/body-gate";
import { bodyLimitFor } from "../../lib/http/limits";
import { logRequests } from "../../lib/http/request-log";
import { logger } from "../../lib/log/logger";

const createServer = http.createServer;

function gatedCreateServer(...args: unknown[]): http.Server {
  http.createServer = createServer;
  const listenerAt = args.findIndex((arg) => typeof arg === "function");
  if (listenerAt >= 0)
    args[listenerAt] = logRequests(
      gateRequestBodies(args[listenerAt] as http.RequestListener, (request) => bodyLimitFor(request.url ?? "/")),
      logger(),
    );
  const server = (createServer as (...parameters: unknown[]) => http.Server)(...args);
  // A client that waits for "100 Continue" before sending a body too large is answered at once, and never sends it.
  server.on("checkContinue", (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (!declaresOversizeBody(request, bodyLimitFor(request.url ?? "/"))) response.writeContinue();
    server.emit("request", request, response);
  });
  return server;
}

http.createServer = gatedCreateServer as typeof http.createServer;
