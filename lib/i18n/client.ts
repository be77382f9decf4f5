// Client components' translations: next-intl's useTranslations under the page's
// NextIntlClientProvider (components/client-messages.tsx), plus the French elision step
// every translator shares (see typography.ts). Imports no catalog.
import { useTranslations as useNextIntlTranslations } from "next-intl";
import { finishMessage } from "./typography";
import type { MessageNamespace } from "./pick-messages";

type BaseTranslator = ((...args: never[]) => string) & { markup: (...args: never[]) => string };

// One wrapper per next-intl translator (itself memoized), so effects that depend on `t` do not re-run.
const finished = new WeakMap<object, unknown>();

function finishing<T extends BaseTranslator>(base: T): T {
  let wrapped = finished.get(base) as T | undefined;
  if (!wrapped) {
    wrapped = Object.assign((...args: Parameters<T>) => finishMessage(base(...args)), base, {
      markup: (...args: Parameters<T["markup"]>) => finishMessage(base.markup(...args)),
    }) as unknown as T;
    finished.set(base, wrapped);
  }
  return wrapped;
}

/** next-intl's useTranslations(namespace), with typed keys and ICU arguments. */
export function useTranslations<N extends MessageNamespace = never>(namespace?: N): ReturnType<typeof useNextIntlTranslations<N>> {
  return finishing(useNextIntlTranslations(namespace) as unknown as BaseTranslator) as unknown as ReturnType<
    typeof useNextIntlTranslations<N>
  >;
}
