// One log line per request outcome, as an operator reads them: method, route pattern,
// status, milliseconds and the organization's slug; never the query string, a token or an
// address (lib/log/redact.ts). Not for the health probes (called every few seconds) nor
// Next's static files. Installed in front of Next's listener by `npm start`
// (scripts/lib/next-server-gate.ts).
import type { RequestListener } from "node:http";
import { organizationSlugOf, routePattern } from "@/lib/log/redact";

type InfoLog = { info(fields: Record<string, unknown>, message: string): void };

const UNLOGGED = /^\/(?:api\/(?:health|ready)(?:[/?]|$)|_next\/(?:static|image)\/|favicon\.ico)/;

export function isLoggedRequest(url: string): boolean {
  return !UNLOGGED.test(url);
}

export function logRequests(listener: RequestListener, log: InfoLog): RequestListener {
  return (request, response) => {
    const url = request.url ?? "/";
    if (isLoggedRequest(url)) {
      const started = performance.now();
      response.once("close", () => {
        const org = organizationSlugOf(url);
        log.info(
          {
            method: request.method,
            route: routePattern(url),
            // Closed before the answer was sent: the client went away.
            status: response.writableFinished ? response.statusCode : "aborted",
            ms: Math.round(performance.now() - started),
            ...(org ? { org } : {}),
          },
          "request",
        );
      });
    }
    listener(request, response);
  };
}
