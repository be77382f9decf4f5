"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";

export type SlugAction<R> = (slug: string, previous: unknown, formData: FormData) => Promise<ActionResult<R>>;

/**
 * A billing server action bound to the organization, with its last result. `onSuccess`
 * runs as soon as the action answers, before the refreshed page replaces the form (a
 * button whose invoice is now paid is gone by then, and so would be its effects).
 */
export function useBillingAction<R>(action: SlugAction<R>, slug: string, onSuccess?: (data: R) => void) {
  return useActionState<ActionResult<R> | null, FormData>(async (previous, formData) => {
    const result = await action(slug, previous, formData);
    if (result.ok) onSuccess?.(result.data);
    return result;
  }, null);
}

/** The field's errors of a refused result. */
export function fieldErrors(state: ActionResult<unknown> | null, ...fields: string[]): string[] | undefined {
  if (!state || state.ok) return undefined;
  const errors = fields.flatMap((field) =>
    Object.entries(state.fieldErrors ?? {})
      .filter(([key]) => key === field || key.startsWith(`${field}.`))
      .flatMap(([, messages]) => messages),
  );
  return errors.length ? errors : undefined;
}

/** The field errors of `field` and of its parts ("lines", "lines.0.quantity"…), by key. */
export function errorsUnder(state: ActionResult<unknown> | null, field: string): Record<string, string[]> | undefined {
  if (!state || state.ok) return undefined;
  const entries = Object.entries(state.fieldErrors ?? {}).filter(([key]) => key === field || key.startsWith(`${field}.`));
  return entries.length ? Object.fromEntries(entries) : undefined;
}
