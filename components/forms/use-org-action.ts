"use client";
// The one way a client form calls an organization's server action (lib/actions/define-action.ts):
// the action bound to the organization's slug, its last result and whether it is running, and
// the helpers that read a refused result's messages for the form's fields.
import { useActionState, useEffect } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { focusFirstProblem, takeSubmittedForm } from "@/components/ui/focus-keeper";

/** A server action defined for an organization: its slug first, then useActionState's arguments. */
export type OrgAction<R> = (slug: string, previous: ActionResult<R> | null, formData: FormData) => Promise<ActionResult<R>>;
export type OrgActionState<R> = ActionResult<R> | null;

/**
 * `[state, formAction, pending]`, as useActionState. `onSuccess` runs as soon as the action
 * answers, before the refreshed page replaces the form (a button whose row is gone by then
 * would lose its effects); without it the bound server action itself is the form's action.
 */
export function useOrgAction<R>(action: OrgAction<R>, slug: string, onSuccess?: (data: R) => void) {
  const result = useActionState<OrgActionState<R>, FormData>(
    onSuccess
      ? async (previous, formData) => {
          const result = await action(slug, previous, formData);
          if (result.ok) onSuccess(result.data);
          return result;
        }
      : action.bind(null, slug),
    null,
  );
  useFocusOnFailure(result[0]);
  return result;
}

/**
 * After a refused submission, focus goes to the submitted form's first invalid field (its error
 * is read with it), else to its error message: never left on the page's body.
 */
export function useFocusOnFailure(state: { ok: boolean } | null | undefined): void {
  useEffect(() => {
    if (state && !state.ok) focusFirstProblem(takeSubmittedForm());
  }, [state]);
}

/** The refused result, or null. */
export function failureOf<R>(state: OrgActionState<R>) {
  return state && !state.ok ? state : null;
}

/** The errors of these fields and of their parts ("lines" covers "lines.0.quantity"), in one list. */
export function fieldErrors(state: OrgActionState<unknown>, ...fields: string[]): string[] | undefined {
  if (!state || state.ok) return undefined;
  const errors = fields.flatMap((field) =>
    Object.entries(state.fieldErrors ?? {})
      .filter(([key]) => key === field || key.startsWith(`${field}.`))
      .flatMap(([, messages]) => messages),
  );
  return errors.length ? errors : undefined;
}

/** The errors of `field` and of its parts ("lines", "lines.0.quantity"…), by key. */
export function errorsUnder(state: OrgActionState<unknown>, field: string): Record<string, string[]> | undefined {
  if (!state || state.ok) return undefined;
  const entries = Object.entries(state.fieldErrors ?? {}).filter(([key]) => key === field || key.startsWith(`${field}.`));
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * What a form says above its fields when refused: the form's error, else the errors of the
 * fields it has no input for (a hidden id…), else — no fields named — every field error.
 */
export function failureMessage(state: OrgActionState<unknown>, ...fields: string[]): string | undefined {
  if (!state || state.ok) return undefined;
  if (state.formError) return state.formError;
  const errors = fields.length
    ? fields.flatMap((field) => state.fieldErrors?.[field] ?? [])
    : Object.values(state.fieldErrors ?? {}).flat();
  return errors.join(" ") || undefined;
}
