// The one error hierarchy: an AppError is an expected failure whose (translated) message
// the user may see. Its code comes from a closed list; components compare `ErrorCode.X`,
// route handlers answer with `httpStatusOf(code)`. Anything else thrown is unexpected:
// logged, and shown as a generic message.
import type { MessageKey, Params } from "@/lib/i18n";

/** Every code an action or route may answer with, and its HTTP status. */
const STATUS = {
  // access (the guard)
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  READ_ONLY: 409,
  // input and limits
  INVALID: 422,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  CONFLICT: 409,
  INTERNAL: 500,
  // contacts
  CONTACT_EXISTS: 409,
  ALREADY_DISABLED: 409,
  NOT_DISABLED: 409,
  HAS_ORDERS: 409,
  NO_ORDERS: 409,
  ORDERS_CHANGED: 409,
  DOMAIN_NOT_VERIFIED: 422,
  // verified domains
  FREE_MAIL: 422,
  VERIFIED_ELSEWHERE: 409,
  DUPLICATE: 409,
  // invitations
  CONTACT_DISABLED: 403,
  EXPIRED: 410,
  REVOKED: 410,
  USED: 410,
  LINK_REPLACED: 409,
  NEVER_SENT: 409,
  // email log
  NOT_FAILED: 409,
  RECIPIENT_DISABLED: 409,
  LINK_NOT_KEPT: 409,
  // users and workspaces
  ROLE_NOT_ALLOWED: 403,
  SELF_CHANGE: 409,
  LAST_ADMIN: 409,
  ALREADY_MEMBER: 409,
  ALREADY_INVITED: 409,
  NOT_PENDING: 409,
  WRONG_ACCOUNT: 403,
  // billing
  ALREADY_PAID: 409,
  INVOICE_VOID: 409,
  NO_SEATS_LEFT: 409,
  // subscription
  NOT_CANCELLED: 409,
  // data export
  EXPORT_RUNNING: 409,
  EXPORT_GONE: 410,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof STATUS;

/** `ErrorCode.CONTACT_EXISTS` etc.: what client code compares a result's code with. */
export const ErrorCode = Object.fromEntries(Object.keys(STATUS).map((code) => [code, code])) as { readonly [C in ErrorCode]: C };

export const ERROR_CODES = Object.keys(STATUS) as ErrorCode[];

export function httpStatusOf(code: ErrorCode): number {
  return STATUS[code];
}

export type AppErrorOptions = {
  /** The form field the message belongs next to; without it, the message is form-level. */
  field?: string;
  params?: Params;
  /** Data the form may use (e.g. the id of the existing contact to offer editing it). */
  details?: Record<string, string>;
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly options: AppErrorOptions = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

export type AccessErrorCode = Extract<ErrorCode, "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN" | "READ_ONLY">;

const ACCESS_MESSAGES: Record<AccessErrorCode, MessageKey> = {
  UNAUTHENTICATED: "errors.unauthenticated",
  NOT_FOUND: "errors.notFound",
  FORBIDDEN: "errors.forbidden",
  READ_ONLY: "errors.readOnly",
};

/** Thrown by the guard; its message never says whether the organization exists. */
export class AccessError extends AppError {
  declare readonly code: AccessErrorCode;
  constructor(code: AccessErrorCode) {
    super(code, ACCESS_MESSAGES[code]);
    this.name = "AccessError";
  }
}
