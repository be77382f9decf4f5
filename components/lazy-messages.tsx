"use client";
// A dialog's words, fetched the first time it is about to open (see components/message-sets.ts)
// and kept for the rest of the visit. `load()` early (on hover or focus of the button that
// opens it) so the dialog usually opens without waiting.
import { useCallback, useMemo, useState, type ReactNode } from "react";
import { NextIntlClientProvider, useLocale, useMessages } from "next-intl";
import { loadMessageSetAction } from "@/app/actions/messages";
import type { MessageSet } from "@/components/message-sets";

type MessageTree = Record<string, unknown>;
const pending = new Map<string, Promise<MessageTree>>();
const loaded = new Map<string, MessageTree>();

const NONE: MessageTree = {};

/** A set's words (null until loaded) and `load()`; without a set, no words to wait for. */
export function useMessageSet(name?: MessageSet): { messages: MessageTree | null; load: () => Promise<MessageTree> } {
  const locale = useLocale();
  const key = `${locale}:${name}`;
  const [messages, setMessages] = useState<MessageTree | null>(() => loaded.get(key) ?? null);
  const load = useCallback(() => {
    if (!name) return Promise.resolve(NONE);
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
  return { messages: name ? (messages ?? loaded.get(key) ?? null) : NONE, load };
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
