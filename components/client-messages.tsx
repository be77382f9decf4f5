// The one way client components get their strings: the page wraps them once in
// <ClientMessages namespaces={words(…)}>, the words its client components declare beside
// themselves (*.words.ts), which hands next-intl's provider only those parts of the request's
// catalog; each client component then calls useTranslations(namespace) (lib/i18n/client.ts).
// Rows and dialogs never receive strings as props.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { pickMessages, type Words } from "@/lib/i18n/pick-messages";
import { catalogs } from "@/lib/i18n/catalogs";
import { getRequestLocale } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n";

// The catalogs do not change while the process runs, so the words of a language are picked once
// and every view hands the provider the same object. The keys are the word sets written in the
// code times the languages: a few dozen.
const picked = new Map<string, Record<string, unknown>>();

function messagesOf(locale: Locale, namespaces: Words): Record<string, unknown> {
  const key = `${locale}:${namespaces.join(",")}`;
  let messages = picked.get(key);
  if (!messages) {
    messages = pickMessages(catalogs[locale], namespaces);
    picked.set(key, messages);
  }
  return messages;
}

export async function ClientMessages({ namespaces, children }: { namespaces: Words; children: ReactNode }) {
  const locale = await getRequestLocale();
  // The language and time zone of the request's configuration (lib/i18n/request.ts), given
  // here so the provider need not read them again.
  return (
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={messagesOf(locale, namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
