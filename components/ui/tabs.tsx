"use client";
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export type Tab = { id: string; label: string; content: ReactNode };

/**
 * WAI-ARIA tabs: arrow keys, Home and End move between tabs, the selected panel is labelled by its tab.
 * `fill`: inside a dialog, the panels take the remaining height (their content lays out its
 * own DialogBody and DialogFooter).
 */
export function Tabs({ tabs, label, initial, fill = false }: { tabs: Tab[]; label: string; initial?: string; fill?: boolean }) {
  const [selected, setSelected] = useState(initial ?? tabs[0]?.id);
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const targets: Record<string, number> = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = targets[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setSelected(tabs[next].id);
    refs.current[next]?.focus();
  };
  return (
    <div className={fill ? "flex min-h-0 flex-1 flex-col" : undefined}>
      <div role="tablist" aria-label={label} className={`flex shrink-0 gap-1 border-b border-line ${fill ? "px-5 pt-2" : ""}`}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={selected === tab.id}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={selected === tab.id ? 0 : -1}
            onClick={() => setSelected(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className="-mb-px flex-1 border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted hover:text-fg aria-selected:border-accent aria-selected:text-fg sm:flex-none"
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={selected !== tab.id}
          className={fill ? "flex min-h-0 flex-1 flex-col" : "pt-4"}
        >
          {selected === tab.id ? tab.content : null}
        </div>
      ))}
    </div>
  );
}
