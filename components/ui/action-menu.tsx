"use client";
// A row's actions behind one compact button ("⋯"), as a WAI-ARIA menu: the list renders
// ONCE per table, opened for the row whose button was pressed (rows only carry their
// button). It sits in the browser's top layer (the popover attribute), so a table that
// scrolls sideways never clips it. Arrow keys, Home and End move between items; Escape,
// Tab or a click elsewhere close it and focus returns to the row's button.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";

export type MenuItem = { key: string; label: string; onSelect: () => void; tone?: "danger"; /** Decorative. */ icon?: ReactNode };

type Props = {
  /** The row's button the menu belongs to, or null when closed. */
  anchor: HTMLElement | null;
  label: string;
  items: MenuItem[];
  onClose: () => void;
};

export function ActionMenu({ anchor, label, items, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });

  useEffect(() => {
    const menu = ref.current;
    if (!menu || !anchor) return;
    menu.showPopover();
    // Below the button, its right edge on the button's (CSSOM styles: allowed by the CSP).
    const place = () => {
      const box = anchor.getBoundingClientRect();
      const width = menu.offsetWidth;
      const height = menu.offsetHeight;
      const below = box.bottom + 4 + height <= window.innerHeight;
      menu.style.left = `${Math.max(8, Math.min(box.right - width, window.innerWidth - width - 8))}px`;
      menu.style.top = `${below ? box.bottom + 4 : Math.max(8, box.top - 4 - height)}px`;
    };
    place();
    menu.querySelector<HTMLElement>("[role=menuitem]")?.focus();
    window.addEventListener("resize", place);
    window.addEventListener("scroll", place, true);
    return () => {
      window.removeEventListener("resize", place);
      window.removeEventListener("scroll", place, true);
      if (menu.matches(":popover-open")) menu.hidePopover();
    };
  }, [anchor]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...event.currentTarget.querySelectorAll<HTMLElement>("[role=menuitem]")];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      entries[(to + entries.length) % entries.length]?.focus();
    };
    if (event.key === "ArrowDown") move(index + 1);
    else if (event.key === "ArrowUp") move(index - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(entries.length - 1);
    else if (event.key === "Tab") {
      event.preventDefault();
      close();
    }
  };

  const close = () => {
    anchor?.focus();
    closeRef.current();
  };

  return (
    <div
      ref={ref}
      popover="auto"
      // A menu only while open (an empty one would be a menu without items).
      role={anchor ? "menu" : undefined}
      aria-label={anchor ? label : undefined}
      onKeyDown={onKeyDown}
      // Light dismiss (Escape, a click elsewhere) closes the popover itself: follow it.
      onToggle={(event) => {
        if ((event.nativeEvent as ToggleEvent).newState === "closed" && anchor) close();
      }}
      className="m-0 min-w-48 rounded-lg bg-surface p-1 text-sm text-fg shadow-lg ring-1 ring-line"
    >
      {anchor
        ? items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                // Back on the row's button first: what the item opens returns there, never to the page's body.
                anchor.focus();
                closeRef.current();
                item.onSelect();
              }}
              className={`flex w-full items-center gap-2 rounded-md px-3 py-2 text-left whitespace-nowrap hover:bg-hover focus:bg-hover focus:outline-none ${item.tone === "danger" ? "text-danger-strong" : ""}`}
            >
              {item.icon}
              {item.label}
            </button>
          ))
        : null}
    </div>
  );
}
