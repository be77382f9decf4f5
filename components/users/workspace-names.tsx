"use client";
// "3 workspaces", with their names shown on hover and on keyboard focus. One tooltip per
// page, filled for the count that has the pointer or the focus (rows carry only the count
// and a reference to it): the names are not written once per row in the page's HTML. It sits
// beside the count (never over the next row) and Escape dismisses it.
import { createContext, useContext, useEffect, useId, useState, type ReactNode } from "react";

type Tip = { anchor: HTMLElement; text: string };
const TipContext = createContext<{ id: string; show: (tip: Tip | null) => void } | null>(null);

/** The page's one tooltip, and the lists inside it that refer to it. */
export function WorkspaceNamesTip({ children }: { children: ReactNode }) {
  const id = useId();
  const [tip, setTip] = useState<Tip | null>(null);
  const box = tip?.anchor.getBoundingClientRect();
  useEffect(() => {
    if (!tip) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setTip(null);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [tip]);
  return (
    <TipContext.Provider value={{ id, show: setTip }}>
      {children}
      <div
        id={id}
        role="tooltip"
        hidden={!tip}
        // Beside the count, on its line: right of it, else left, else above (CSSOM styles: allowed by the CSP).
        ref={(element) => {
          if (!element || !box) return;
          const width = element.offsetWidth;
          const height = element.offsetHeight;
          const middle = Math.max(8, box.top + box.height / 2 - height / 2);
          if (box.right + 8 + width <= window.innerWidth - 8) {
            element.style.left = `${box.right + 8}px`;
            element.style.top = `${middle}px`;
          } else if (box.left - 8 - width >= 8) {
            element.style.left = `${box.left - 8 - width}px`;
            element.style.top = `${middle}px`;
          } else {
            element.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
            element.style.top = `${Math.max(8, box.top - height - 4)}px`;
          }
        }}
        className="fixed z-20 w-max max-w-64 rounded-md bg-fg px-3 py-2 text-xs text-canvas shadow-lg"
      >
        {tip?.text}
      </div>
    </TipContext.Provider>
  );
}

export function WorkspaceNames({ label, names, more }: { label: string; names: string[]; more: string | null }) {
  const context = useContext(TipContext);
  const fallback = useId();
  if (names.length === 0) return <span className="dim">{label}</span>;
  const text = `${names.join(", ")}${more ? ` ${more}` : ""}`;
  const show = (event: { currentTarget: HTMLElement }) => context?.show({ anchor: event.currentTarget, text });
  const hide = () => context?.show(null);
  return (
    <span
      tabIndex={0}
      aria-describedby={context?.id ?? fallback}
      className="tip-trigger"
      onPointerEnter={show}
      onFocus={show}
      onPointerLeave={hide}
      onBlur={hide}
    >
      {label}
    </span>
  );
}
