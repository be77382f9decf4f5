"use client";
// A dialog's words, fetched the first time it is about to open (see components/message-sets.ts)
// and kept for the rest of the visit. `load()` early (on hover or focus of the button that
// opens it) so the dialog usually opens without waiting.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { NextIntlClientProvider, useLocale, useMessages } from "next-intl";
import { loadMessageSetAction } from "@/app/actions/messages";
import type { MessageSet } from "@/components/message-sets";

type MessageTree = Record<string, unknown>;
const pending = new Map<string, Promise<MessageTree>>();
const loaded = new Map<string, MessageTree>();

export function useMessageSet(name: MessageSet): { messages: MessageTree | null; load: () => Promise<MessageTree> } {
  const locale = useLocale();
  const key = `${locale}:${name}`;
  const [messages, setMessages] = useState<MessageTree | null>(() => loaded.get(key) ?? null);
  const load = useCallback(() => {
    let promise = pending.get(key);
    if (!promise) {
      promise = loadMessageSetAction(name).then((result) => {
        loaded.set(key, result);
        return result;
      });
      // A failed fetch may be tried again.
      promise.catch(() => pending.delete(key));
      pending.set(key, promise);
    }
    return promise.then((result) => {
      setMessages(result);
      return result;
    });
  }, [key, name]);
  return { messages: messages ?? loaded.get(key) ?? null, load };
}

type RequestStore<R> = { subscribe(listener: (request: R | null) => void): () => void };

/**
 * For dialogs rendered once per page and opened through a dialog store: the current request,
 * shown only once the set's words are there; `round` counts the openings (a key that gives
 * every opening a fresh form).
 */
export function useRequestedDialog<R>(store: RequestStore<R>, name: MessageSet) {
  const [request, setRequest] = useState<R | null>(null);
  const [round, setRound] = useState(0);
  const { messages, load } = useMessageSet(name);
  useEffect(
    () =>
      store.subscribe((next) => {
        if (!next) return setRequest(null);
        void load().then(() => {
          setRequest(next);
          setRound((n) => n + 1);
        });
      }),
    [store, load],
  );
  const close = useCallback(() => setRequest(null), []);
  return { request, round, messages, close };
}

function merge(base: MessageTree, extra: MessageTree): MessageTree {
  const result: MessageTree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] =
      current && typeof current === "object" && value && typeof value === "object"
        ? merge(current as MessageTree, value as MessageTree)
        : value;
  }
  return result;
}

/** The page's words plus a loaded set, for the subtree (a dialog). */
export function WithMessages({ messages, children }: { messages: MessageTree; children: ReactNode }) {
  const page = useMessages() as MessageTree;
  const locale = useLocale();
  // Stable, so translators (and the effects that use them) do not change on every render.
  const merged = useMemo(() => merge(page, messages), [page, messages]);
  return (
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
