"use client";
// A secret shown once (a new API key, a webhook signing secret): its value with Copy, and Done.
// Closing forgets it; the caller keeps nothing. The words are the caller's, already translated.
import { useId } from "react";
import { buttonClass } from "./button";
import { CopyButton } from "./copy-button";
import { Dialog, DialogBody, DialogFooter } from "./dialog";

export type ShownOnceWords = {
  title: string;
  description: string;
  label: string;
  copy: string;
  /** The Copy button's accessible name, naming what it copies. */
  copyContext: string;
  copied: string;
  copyManually: string;
  done: string;
  close: string;
};

export function ShownOnceDialog({ value, words, onClose }: { value: string | null; words: ShownOnceWords; onClose: () => void }) {
  const valueId = useId();
  return (
    <Dialog open={value !== null} onClose={onClose} title={words.title} description={words.description} closeLabel={words.close}>
      {value !== null ? (
        <>
          <DialogBody>
            <p className="field-label" id={`${valueId}-label`}>
              {words.label}
            </p>
            <div className="mt-1 flex flex-wrap items-center gap-2">
              <code id={valueId} aria-labelledby={`${valueId}-label`} className="rounded bg-subtle px-2 py-1 text-sm break-all select-all">
                {value}
              </code>
              <CopyButton
                value={value}
                targetId={valueId}
                labels={{ copy: words.copy, context: words.copyContext, copied: words.copied, copyManually: words.copyManually }}
              />
            </div>
          </DialogBody>
          <DialogFooter>
            <button type="button" onClick={onClose} className={buttonClass("primary")}>
              {words.done}
            </button>
          </DialogFooter>
        </>
      ) : null}
    </Dialog>
  );
}
