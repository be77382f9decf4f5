"use client";
// Cancel subscription and Delete now: a button that opens a dialog saying what happens and
// asking for the organization's name before the action runs. The page gives the words (in
// the viewer's language) and the bound server action.
import { useFocusOnFailure } from "@/components/forms/use-org-action";
import { useActionState, useId, useState, type ReactNode } from "react";
import { Dialog, DialogBody, DialogFooter, DIALOG_FORM } from "@/components/ui/dialog";
import { ActionForm } from "@/components/ui/action-form";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { announce } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";

export type ConfirmNameWords = {
  open: string;
  title: string;
  confirmLabel: string;
  submit: string;
  cancel: string;
  close: string;
  /** Announced once the action succeeded (none when the page goes away). */
  done?: string;
};

type Props = {
  words: ConfirmNameWords;
  /** What happens, shown above the name field. */
  children: ReactNode;
  action: (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;
};

export function ConfirmNameDialog({ words, children, action }: Props) {
  const [open, setOpen] = useState(false);
  const formId = useId();
  const [state, submit, pending] = useActionState<ActionResult<unknown> | null, FormData>(async (previous, formData) => {
    const result = await action(previous, formData);
    if (result.ok) {
      setOpen(false);
      if (words.done) announce(words.done);
    }
    return result;
  }, null);
  const failure = state && !state.ok ? state : null;
  useFocusOnFailure(state);
  return (
    <>
      <button type="button" className={buttonClass("danger")} onClick={() => setOpen(true)}>
        {words.open}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={words.title} closeLabel={words.close}>
        <ActionForm id={formId} action={submit} className={DIALOG_FORM} noValidate>
          <DialogBody className="flex flex-col gap-3">
            {children}
            <FormError message={failure?.formError} />
            <TextField
              name="confirmName"
              label={words.confirmLabel}
              autoComplete="off"
              spellCheck={false}
              required
              errors={failure?.fieldErrors?.confirmName}
            />
          </DialogBody>
          <DialogFooter>
            <button type="button" className={buttonClass("secondary")} onClick={() => setOpen(false)}>
              {words.cancel}
            </button>
            <button type="submit" className={buttonClass("danger")} disabled={pending}>
              {words.submit}
            </button>
          </DialogFooter>
        </ActionForm>
      </Dialog>
    </>
  );
}
