"use client";
// Reactivate: one button (on the cancelled banner and on the subscription page), with the
// refusal shown next to it.
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormError } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { announce } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  label: string;
  done: string;
  action: (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;
};

export function ReactivateButton({ label, done, action }: Props) {
  const [state, submit, pending] = useActionState<ActionResult<unknown> | null, FormData>(async (previous, formData) => {
    const result = await action(previous, formData);
    if (result.ok) announce(done);
    return result;
  }, null);
  return (
    <ActionForm action={submit} className="flex flex-col gap-2">
      <FormError message={state && !state.ok ? state.formError : undefined} />
      <button type="submit" className={buttonClass("primary", "self-start")} disabled={pending}>
        {label}
      </button>
    </ActionForm>
  );
}
