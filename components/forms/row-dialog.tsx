"use client";
// The one way to open a dialog for a table's row (or for any button of the page): the page
// renders the dialog ONCE, so a row carries only its data; the row's menu or button calls
// `dialog.open(request)` and the dialog's component reads it with `dialog.useRequest()`. With a
// message set, the dialog's words are fetched first (components/lazy-messages.tsx), and the
// dialog shows once they are there.
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { useMessageSet, WithMessages } from "@/components/lazy-messages";
import type { MessageSet } from "@/components/message-sets";

export function createRowDialog<R>(messageSet?: MessageSet) {
  const listeners = new Set<(request: R) => void>();
  return {
    open(request: R): void {
      for (const listener of listeners) listener(request);
    },
    /**
     * For the dialog's component, rendered once per page: the current request (null: closed),
     * `round`, which counts the openings (a key that gives every opening a fresh form), the set's
     * words once loaded (null before; none asked: an empty set) and `close`.
     */
    useRequest() {
      const [state, setState] = useState<{ request: R | null; round: number }>({ request: null, round: 0 });
      const { messages, load } = useMessageSet(messageSet);
      useEffect(() => {
        const listener = (request: R) => {
          const show = () => setState((current) => ({ request, round: current.round + 1 }));
          if (messageSet) void load().then(show);
          else show();
        };
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      }, [load]);
      const close = useCallback(() => setState((current) => ({ ...current, request: null })), []);
      return { request: state.request, round: state.round, messages, close };
    },
  };
}

export type RowDialog<R> = ReturnType<typeof createRowDialog<R>>;
type Opened<R> = { request: R | null; round: number; close: () => void };

/** For a dialog with a message set: nothing until its words are there, then `render` under them. */
export function RowDialogHost<R>({ dialog, render }: { dialog: RowDialog<R>; render: (opened: Opened<R>) => ReactNode }) {
  const { request, round, messages, close } = dialog.useRequest();
  if (!messages) return null;
  return <WithMessages messages={messages}>{render({ request, round, close })}</WithMessages>;
}
