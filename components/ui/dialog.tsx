"use client";
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { X } from "lucide-react";

type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  children: ReactNode;
  size?: "md" | "lg";
  /** Actions kept visible below the scrolling body (buttons may submit a form of the body with `form="id"`). */
  footer?: ReactNode;
  /** Shows a close button in the header, with this accessible name (the UI kit has no catalog: callers translate it). */
  closeLabel?: string;
  /** Kept for callers written before every dialog focused its first field: focus always starts there now. */
  focusFirstField?: boolean;
};

const FIELDS = "input:not([type=hidden]):not([disabled]):not([readonly]), select:not([disabled]), textarea:not([disabled])";
const FOCUSABLE = `a[href], button:not([disabled]), ${FIELDS}, [tabindex]:not([tabindex="-1"])`;

/** Tab from the last control goes back to the first, Shift+Tab from the first to the last. */
function wrapFocus(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
  if (items.length === 0) return;
  const first = items[0];
  const last = items[items.length - 1];
  if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  } else if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  }
}

/**
 * A modal on the native <dialog>: showModal() makes the rest of the page inert, Escape
 * closes it, and focus returns to the opener. At most 90 % of the viewport's height: a
 * header (title, close button), a body that scrolls, and a footer whose actions stay in
 * view. Focus starts on the body's first field (else its first control) and Tab cycles
 * inside, so it never leaves for the browser's own controls.
 */
export function Dialog({ open, onClose, title, description, children, size = "md", footer, closeLabel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      const body = bodyRef.current;
      const first = body?.querySelector<HTMLElement>(FIELDS) ?? body?.querySelector<HTMLElement>(FOCUSABLE) ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={wrapFocus}
      className={`m-auto w-[calc(100%-1.5rem)] ${size === "lg" ? "max-w-3xl" : "max-w-lg"} overflow-hidden rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50`}
    >
      {open ? (
        <div className="flex max-h-[90dvh] flex-col">
          <div className="flex shrink-0 items-start justify-between gap-4 border-b border-slate-200 px-5 py-4 sm:px-6">
            <div className="min-w-0">
              <h2 id={titleId} className="text-lg font-semibold break-words">{title}</h2>
              {description ? <p id={descriptionId} className="mt-1 text-sm text-slate-600">{description}</p> : null}
            </div>
            {closeLabel ? (
              <button type="button" onClick={onClose} aria-label={closeLabel} className="-mr-2 -mt-1 shrink-0 rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-900">
                <X aria-hidden="true" className="size-5" />
              </button>
            ) : null}
          </div>
          <div ref={bodyRef} data-dialog-body className="min-h-0 flex-1 overflow-y-auto whitespace-normal px-5 py-4 sm:px-6">{children}</div>
          {footer ? <div className="flex shrink-0 flex-wrap justify-end gap-2 border-t border-slate-200 bg-slate-50 px-5 py-3 sm:px-6">{footer}</div> : null}
        </div>
      ) : null}
    </dialog>
  );
}
