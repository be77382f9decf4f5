// The part of a catalog that a page's client components use: only those namespaces reach
// the browser, once per page (components/client-messages.tsx).
import type { Messages, NamespaceKeys, NestedKeyOf } from "next-intl";

/** A namespace of the catalog, e.g. "contacts" or "invitations.panel" (typed against the English catalog). */
export type MessageNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
/** A namespace or a single message, e.g. "contacts.newContact". */
export type MessagePath = NestedKeyOf<Messages>;

/**
 * What a client component shows: the namespaces and messages it asks for, declared beside it
 * (`<component>.words.ts`, a plain module that server pages can read) and put together by the
 * page that renders it, or by the message set a dialog fetches (components/message-sets.ts).
 */
export type Words = readonly MessagePath[];

/** Words put together, each once (a part left out when false: words this viewer does not get). */
export function words(...parts: readonly (MessagePath | Words | false | null | undefined)[]): Words {
  const all = [...new Set(parts.flatMap((part) => (!part ? [] : typeof part === "string" ? [part] : part)))];
  // A message inside a namespace that is there already travels with it.
  return all.filter((path) => !all.some((other) => path.startsWith(`${other}.`)));
}

export function pickMessages(messages: Record<string, unknown>, namespaces: readonly MessagePath[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const namespace of namespaces) {
    const parts = namespace.split(".");
    let source: unknown = messages;
    let target = picked;
    parts.forEach((part, index) => {
      source = (source as Record<string, unknown> | undefined)?.[part];
      if (source === undefined) return;
      if (index === parts.length - 1) target[part] = source;
      else target = (target[part] ??= {}) as Record<string, unknown>;
    });
  }
  return picked;
}
