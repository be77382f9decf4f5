import type { ErrorCode } from "@/lib/errors/app-error";

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: FieldErrors; code?: ErrorCode; details?: Record<string, string> };

export const initialActionState: ActionResult<never> | null = null;
