// Errors of the REST API as RFC 9457 problem documents (application/problem+json): the status,
// a stable `code` (the app's ErrorCode), the forms' message in the caller's language as
// `detail`, and the forms' field errors under `errors`.
import { httpStatusOf, type ErrorCode } from "@/lib/errors/app-error";
import type { ActionResult, FieldErrors } from "@/lib/actions/result";
import { translator, type Locale, type MessageKey } from "@/lib/i18n";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Codes the API adds to the app's own, for the HTTP layer's refusals. */
export type ApiProblemCode = ErrorCode | "BAD_REQUEST" | "UNSUPPORTED_MEDIA_TYPE" | "IDEMPOTENCY_IN_PROGRESS" | "IDEMPOTENCY_MISMATCH";

const API_STATUS: Partial<Record<ApiProblemCode, number>> = {
  BAD_REQUEST: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_IN_PROGRESS: 409,
  IDEMPOTENCY_MISMATCH: 422,
};

export function statusOf(code: ApiProblemCode): number {
  return API_STATUS[code] ?? httpStatusOf(code as ErrorCode);
}

export type ProblemBody = { type: string; title: string; status: number; code: ApiProblemCode; detail?: string; errors?: FieldErrors };

export function problemBody(code: ApiProblemCode, detail?: string, errors?: FieldErrors): ProblemBody {
  const status = statusOf(code);
  return {
    type: "about:blank",
    title: TITLES[status] ?? "Error",
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(errors && Object.keys(errors).length ? { errors } : {}),
  };
}

export function problemResponse(body: ProblemBody, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, "cache-control": "no-store", ...headers },
  });
}

/** A refusal of the HTTP layer, its message from the catalog. */
export function problem(
  code: ApiProblemCode,
  locale: Locale,
  messageKey: MessageKey,
  errors?: FieldErrors,
  headers?: HeadersInit,
): Response {
  return problemResponse(problemBody(code, translator(locale)(messageKey), errors), headers);
}

/** A use case's failure, exactly as its form would show it. */
export function failureBody(result: Extract<ActionResult<unknown>, { ok: false }>): ProblemBody {
  const code = result.code ?? "INTERNAL";
  const detail = result.formError ?? (result.fieldErrors ? Object.values(result.fieldErrors)[0]?.[0] : undefined);
  return problemBody(code, detail, result.fieldErrors);
}

/** The HTTP reason phrases of the statuses the API answers with (the `title`, fixed per status, in English as RFC 9457 suggests). */
const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  410: "Gone",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};
