"use client";
// The one modal of the app, on the native <dialog> (showModal makes the rest of the page
// inert): at most 90 % of the viewport's height; a header with the title and a close
// button; a body that scrolls; ONE footer with the actions, always visible. On opening,
// focus goes to the first field (else the first control of the body, else the first
// action); Tab from the last control comes back to the first and Shift+Tab the reverse;
// Escape closes; focus returns to the control that opened it.
//
// Content without actions goes in `children` (with `footer` for the actions). A form lays
// itself out with the body and footer inside it, so its submit button is in the form:
//   <Dialog …><form className="dialog-form"><DialogBody>fields</DialogBody><DialogFooter>buttons</DialogFooter></form></Dialog>
import { useEffect, useId, useRef, type ComponentProps, type KeyboardEvent, type ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import { restoreFocus } from "@/components/ui/focus-keeper";

type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  /** The accessible name of the header's close button, e.g. "Close". */
  closeLabel: string;
  children?: ReactNode;
  /** The actions, below the scrolling body. Without it, the children lay out their own DialogBody and DialogFooter. */
  footer?: ReactNode;
  size?: "md" | "lg";
  /** Where focus goes back on closing; by default the element that had focus when it opened. */
  returnFocusTo?: HTMLElement | null;
  /** Kept for callers written before the rework: focus always goes to the first field. */
  focusFirstField?: boolean;
};

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const FIELD =
  'input:not([disabled]):not([type="hidden"]):not([readonly]), select:not([disabled]), textarea:not([disabled]):not([readonly])';

function visible(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}

function focusables(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(visible);
}

/** The element to focus on opening: [autofocus], else the first field, else the body's first control, else the footer's first action. */
export function initialFocus(dialog: HTMLElement): HTMLElement | null {
  const body = dialog.querySelector<HTMLElement>("[data-dialog-body]");
  const footer = dialog.querySelector<HTMLElement>("[data-dialog-footer]");
  const candidates = [
    ...(body ? [...body.querySelectorAll<HTMLElement>("[autofocus]")] : []),
    ...(body ? [...body.querySelectorAll<HTMLElement>(FIELD)] : []),
    ...(body ? focusables(body) : []),
    ...(footer ? focusables(footer) : []),
  ];
  return candidates.find(visible) ?? null;
}

/** Tab from the last control goes back to the first, Shift+Tab from the first to the last. */
function trapFocus(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const items = focusables(event.currentTarget);
  if (items.length === 0) return;
  const first = items[0];
  const last = items[items.length - 1];
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && items.includes(active);
  // Focus on an element out of the tab order (a status message focused after an action): Tab
  // goes on from where it is, to the next control after it (Shift+Tab, the one before).
  if (!inside && active instanceof HTMLElement && event.currentTarget.contains(active)) {
    const after = items.filter((item) => active.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING);
    const before = items.filter((item) => active.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_PRECEDING);
    event.preventDefault();
    (event.shiftKey ? (before[before.length - 1] ?? last) : (after[0] ?? first)).focus();
    return;
  }
  if (!event.shiftKey && (active === last || !inside)) {
    event.preventDefault();
    first.focus();
  } else if (event.shiftKey && (active === first || !inside)) {
    event.preventDefault();
    last.focus();
  }
}

export function Dialog({ open, onClose, title, description, closeLabel, children, footer, size = "md", returnFocusTo }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  // The latest onClose, for the native close event (Escape) without re-running the effect.
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const active = document.activeElement;
      opener.current = returnFocusTo ?? (active instanceof HTMLElement ? active : null);
      dialog.showModal();
      wasOpen.current = true;
      initialFocus(dialog)?.focus();
    } else if (!open && wasOpen.current) {
      wasOpen.current = false;
      if (dialog.open) dialog.close();
      // The opener's row may have left with the action: the next row's same control then.
      restoreFocus(opener.current);
    }
  }, [open, returnFocusTo]);

  // Unmounted while open (e.g. its row left the page): give focus back all the same.
  useEffect(
    () => () => {
      if (wasOpen.current) restoreFocus(opener.current);
    },
    [],
  );

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onKeyDown={trapFocus}
      // Escape closes the native dialog; tell the owner so its state follows.
      onClose={() => {
        if (wasOpen.current) closeRef.current();
      }}
      className={`m-auto w-[calc(100%-1rem)] ${size === "lg" ? "max-w-3xl" : "max-w-lg"} overflow-hidden rounded-xl bg-surface p-0 text-fg shadow-2xl ring-1 ring-line`}
    >
      {open ? (
        <div className="flex max-h-[90dvh] flex-col">
          <header className="flex items-start justify-between gap-3 border-b border-line px-5 py-4">
            <div className="min-w-0">
              <h2 id={titleId} className="section-title break-words">
                {title}
              </h2>
              {description ? (
                <div id={descriptionId} className="mt-1 text-sm break-words text-muted">
                  {description}
                </div>
              ) : null}
            </div>
            <button type="button" onClick={onClose} aria-label={closeLabel} className="icon-btn -mt-1 -mr-2">
              <Icon name="x" className="size-5" />
            </button>
          </header>
          {footer !== undefined ? (
            <>
              <DialogBody>{children}</DialogBody>
              <DialogFooter>{footer}</DialogFooter>
            </>
          ) : (
            children
          )}
        </div>
      ) : null}
    </dialog>
  );
}

/** The part of a dialog that scrolls when it is taller than the screen allows. */
export function DialogBody({ className = "", ...props }: ComponentProps<"div">) {
  return (
    <div data-dialog-body className={`min-h-0 flex-1 overflow-y-auto px-5 py-4 break-words whitespace-normal ${className}`} {...props} />
  );
}

/** The actions, always visible under the body. */
export function DialogFooter({ className = "", ...props }: ComponentProps<"div">) {
  return (
    <div
      data-dialog-footer
      className={`flex flex-wrap items-center justify-end gap-2 border-t border-line bg-subtle px-5 py-3 ${className}`}
      {...props}
    />
  );
}

/** The classes of a form that holds a DialogBody and a DialogFooter. */
export const DIALOG_FORM = "flex min-h-0 flex-1 flex-col";
