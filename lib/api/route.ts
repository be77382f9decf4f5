// The REST API's route handlers, built from the page's use cases: every request goes through
// the key guard (lib/api/authenticate.ts), then an organization action's own checks and schema
// (OrgAction.callWithAccess), or, for a list, the page's capability and list use case. Only the
// HTTP parts live here: the body, Idempotency-Key, the rate limit headers, problem documents.
import type { z } from "zod";
import { db } from "@/lib/db/prisma";
import { canAny, type Actor, type OrgAccess } from "@/lib/auth/access";
import type { Capability } from "@/lib/auth/capabilities";
import type { OrgAction } from "@/lib/actions/define-action";
import { toFailure } from "@/lib/actions/define-action";
import { negotiateLocale, translator, type Locale } from "@/lib/i18n";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { AccessError } from "@/lib/errors/app-error";
import { authenticateKey, bearerKey, type RateState } from "./authenticate";
import { failureBody, problem, problemBody, problemResponse, type ProblemBody } from "./problem";
import { readJsonBody } from "./request-body";
import {
  claimIdempotencyKey,
  IDEMPOTENCY_HEADER,
  purgeOldIdempotentResponses,
  releaseIdempotencyKey,
  requestFingerprint,
  storeIdempotentResponse,
  validIdempotencyKey,
} from "./idempotency";

export type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler = (request: Request, context: RouteContext) => Promise<Response>;

/** What the OpenAPI document says of an endpoint, kept on its handler so the two cannot drift apart. */
export type EndpointMeta =
  | {
      kind: "read";
      query?: z.ZodType;
      /** The 200 body (lib/api/v1/responses.ts). */
      response: z.ZodType;
      capability: Capability | readonly Capability[];
      visibleWith?: readonly Capability[];
    }
  | {
      kind: "write";
      schema: z.ZodType;
      fields: readonly string[];
      status: number;
      /** The success body (lib/api/v1/responses.ts). */
      response: z.ZodType;
      capability: Capability | readonly Capability[];
    };

export type Endpoint = Handler & { meta: EndpointMeta };

function endpoint(handler: Handler, meta: EndpointMeta): Endpoint {
  return Object.assign(handler, { meta });
}

type Guarded = { access: OrgAccess; actor: Actor; locale: Locale; params: Record<string, string>; request: Request };

function rateHeaders(rate: RateState): Record<string, string> {
  return {
    "RateLimit-Limit": String(rate.limit),
    "RateLimit-Remaining": String(rate.remaining),
    "RateLimit-Reset": String(rate.resetSeconds),
    "RateLimit-Policy": `${rate.limit};w=60`,
  };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { ...(status === 204 ? {} : { "content-type": "application/json" }), "cache-control": "no-store", ...headers },
  });
}

/** Authenticates the key for the URL's organization, then runs `handle`; each answer past the key check has the rate headers. */
function guarded(handle: (guard: Guarded) => Promise<Response>): Handler {
  return async (request, context) => {
    const locale = negotiateLocale(request.headers.get("accept-language"));
    const raw = await context.params;
    const params = Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, Array.isArray(value) ? value.join("/") : value]));
    try {
      const outcome = await authenticateKey(db, bearerKey(request.headers), params.slug ?? "", {
        ip: clientIp(request.headers),
        userAgent: request.headers.get("user-agent")?.slice(0, 500) ?? null,
      });
      if (outcome.kind === "unauthenticated") {
        return problem("UNAUTHENTICATED", locale, "api.errors.unauthenticated", undefined, { "WWW-Authenticate": 'Bearer realm="roster"' });
      }
      if (outcome.kind === "rate-limited") {
        return problem("RATE_LIMITED", locale, "api.errors.rateLimited", undefined, {
          ...rateHeaders(outcome.rate),
          "Retry-After": String(outcome.rate.resetSeconds),
        });
      }
      if (outcome.kind === "not-found") return problem("NOT_FOUND", locale, "errors.notFound");
      const response = await handle({ access: outcome.access, actor: outcome.actor, locale, params, request });
      for (const [name, value] of Object.entries(rateHeaders(outcome.rate))) response.headers.set(name, value);
      return response;
    } catch (error) {
      const failure = toFailure(error, locale);
      return problemResponse(failure.ok ? problemBody("INTERNAL") : failureBody(failure));
    }
  };
}

/** A list or a record read: the page's capability (FORBIDDEN without it, NOT_FOUND for a hidden area), then its use case. */
export function apiRead<Q extends z.ZodType, B extends z.ZodType>(definition: {
  capability: Capability | readonly Capability[];
  visibleWith?: readonly Capability[];
  /** The page's URL schema, fed the query string (and the path's ids). */
  query?: Q;
  /** The body answered: `run` returns it, the document describes it. */
  response: B;
  run(context: { access: OrgAccess; query: z.output<Q>; params: Record<string, string>; locale: Locale }): Promise<z.infer<B>>;
}): Endpoint {
  const meta: EndpointMeta = {
    kind: "read",
    query: definition.query,
    response: definition.response,
    capability: definition.capability,
    visibleWith: definition.visibleWith,
  };
  return endpoint(
    guarded(async ({ access, locale, params, request }) => {
      if (definition.visibleWith && !canAny(access, definition.visibleWith)) throw new AccessError("NOT_FOUND");
      if (!canAny(access, definition.capability)) throw new AccessError("FORBIDDEN");
      const search = Object.fromEntries(new URL(request.url).searchParams);
      const query = definition.query ? definition.query.parse(search) : (undefined as z.output<Q>);
      return json(200, await definition.run({ access, query, params, locale }));
    }),
    meta,
  );
}

/**
 * A record read through the page's own read action (the same guard, callWithAccess): the
 * path's ids are its whole input, so an id that fails its schema names no record (404).
 */
export function apiGet<S extends z.ZodType, R, B extends z.ZodType>(
  action: OrgAction<S, R>,
  options: { response: B; present: (data: R) => z.infer<B> },
): Endpoint {
  const meta: EndpointMeta = {
    kind: "read",
    response: options.response,
    capability: action.capability,
    visibleWith: action.visibleWith,
  };
  return endpoint(
    guarded(async ({ access, actor, locale, params }) => {
      const { slug: _slug, ...ids } = params;
      const result = await action.callWithAccess(access, actor, ids, { locale });
      if (result.ok) return json(200, options.present(result.data));
      if (result.code === "INVALID") return problem("NOT_FOUND", locale, "errors.notFound");
      return problemResponse(failureBody(result));
    }),
    meta,
  );
}

/**
 * A write: the JSON body (only `fields`), merged with the path's ids, goes to the action exactly
 * as a form's input would; its result or failure is the answer. With `Idempotency-Key`, the
 * first answer is stored and given again to every retry.
 */
export function apiWrite<S extends z.ZodType, R, B extends z.ZodType>(
  action: OrgAction<S, R>,
  options: {
    /** The body fields the operation takes; anything else is refused. */
    fields?: readonly string[];
    /** Maps the body and the path's ids to the action's input (default: body plus path ids). */
    input?: (body: Record<string, unknown>, params: Record<string, string>) => unknown;
    status?: 200 | 201;
    /** The success body: the action's result as `present` makes it of it. */
    response: B;
    present: (data: R) => z.infer<B>;
    /** No body (DELETE, a POST that only names its target). */
    noBody?: boolean;
  },
): Endpoint {
  const fields: readonly string[] = options.noBody ? [] : (options.fields ?? []);
  const meta: EndpointMeta = {
    kind: "write",
    schema: action.schema,
    fields,
    status: options.status ?? 200,
    response: options.response,
    capability: action.capability,
  };
  return endpoint(
    guarded(async ({ access, actor, locale, params, request }) => {
      const t = translator(locale);
      let body: Record<string, unknown> = {};
      let text = "";
      const sentBody = Number(request.headers.get("content-length") ?? 0) > 0 || request.headers.has("transfer-encoding");
      if (!options.noBody || sentBody) {
        const read = await readJsonBody(request, fields);
        if (!read.ok) {
          const errors =
            read.errors && Object.fromEntries(Object.keys(read.errors).map((field) => [field, [t("api.errors.unknownField")]]));
          return problem(read.code, locale, `api.errors.${read.reason}`, errors);
        }
        ({ body, text } = read);
      }
      const { slug: _slug, ...ids } = params;
      const raw = options.input ? options.input(body, ids) : { ...body, ...ids };

      const idempotencyKey = request.headers.get(IDEMPOTENCY_HEADER);
      if (idempotencyKey !== null && !validIdempotencyKey(idempotencyKey)) {
        return problem("BAD_REQUEST", locale, "api.errors.idempotencyKey");
      }
      const apiKeyId = actor.apiKeyId!;
      if (idempotencyKey !== null) {
        void purgeOldIdempotentResponses(db);
        const claim = await claimIdempotencyKey(
          db,
          apiKeyId,
          idempotencyKey,
          requestFingerprint(request.method, new URL(request.url).pathname, text),
        );
        if (claim.kind === "replay") return json(claim.status, claim.body, { "Idempotent-Replayed": "true" });
        if (claim.kind === "in-progress")
          return problem("IDEMPOTENCY_IN_PROGRESS", locale, "api.errors.idempotencyInProgress", undefined, { "Retry-After": "1" });
        if (claim.kind === "mismatch") return problem("IDEMPOTENCY_MISMATCH", locale, "api.errors.idempotencyMismatch");
      }
      let answer: { status: number; body: unknown };
      try {
        const result = await action.callWithAccess(access, actor, raw, { locale });
        if (result.ok) {
          const status = options.status ?? 200;
          answer = { status, body: options.present(result.data) };
        } else {
          const problemDocument: ProblemBody = failureBody(result);
          if (problemDocument.status >= 500) throw new Error("unexpected failure");
          answer = { status: problemDocument.status, body: problemDocument };
        }
      } catch (error) {
        if (idempotencyKey !== null) await releaseIdempotencyKey(db, apiKeyId, idempotencyKey);
        throw error;
      }
      if (idempotencyKey !== null)
        await storeIdempotentResponse(db, apiKeyId, idempotencyKey, answer.status, JSON.parse(JSON.stringify(answer.body)));
      if (answer.status >= 400) return problemResponse(answer.body as ProblemBody);
      return json(answer.status, answer.body);
    }),
    meta,
  );
}
